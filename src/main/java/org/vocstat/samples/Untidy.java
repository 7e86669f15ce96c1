package org.vocstat.samples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes values the way real exports drift (lower-case x, full-width digits, alternative
 * date forms, thousands separators) at small rates, and tallies every drifted value it
 * writes.
 */
final class Untidy {

	private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private final SplittableRandom random;

	private final IrregularTally tally;

	Untidy(SplittableRandom random, IrregularTally tally) {
		this.random = random;
		this.tally = tally;
	}

	IrregularTally tally() {
		return tally;
	}

	/**
	 * A resident-ID-shaped number: sometimes a lower-case x, sometimes full-width digits.
	 */
	String id(String number, ExportFile file, double lowerX, double fullWidth) {
		if (number.endsWith("X") && random.nextDouble() < lowerX) {
			tally.add(IrregularKind.LOWERCASE_CHECK_X, file);
			return number.substring(0, 17) + "x";
		}
		if (random.nextDouble() < fullWidth) {
			tally.add(IrregularKind.FULL_WIDTH_ID_DIGITS, file);
			return fullWidth(number);
		}
		return number;
	}

	/**
	 * A date, sometimes as {@code YYYYMMDD} or {@code YYYY/MM/DD}; blank for
	 * {@code null}.
	 */
	String date(LocalDate date, ExportFile file, double alternative) {
		if (date == null) {
			return "";
		}
		if (random.nextDouble() < alternative) {
			tally.add(IrregularKind.ALTERNATIVE_DATE_FORMAT, file);
			return (random.nextBoolean() ? COMPACT : SLASHED).format(date);
		}
		return date.toString();
	}

	/**
	 * A whole number, sometimes with thousands separators (the CSV writer then quotes
	 * it).
	 */
	String number(long value, ExportFile file, double separators) {
		if (value >= 1000 && random.nextDouble() < separators) {
			tally.add(IrregularKind.THOUSANDS_SEPARATOR, file);
			return String.format("%,d", value);
		}
		return Long.toString(value);
	}

	/** A whole number written with full-width digits. */
	String fullWidthNumber(long value, ExportFile file) {
		tally.add(IrregularKind.FULL_WIDTH_NUMBER, file);
		return fullWidth(Long.toString(value));
	}

	/** Hundredths as a two-decimal number, sometimes with thousands separators. */
	String hundredths(long cents, ExportFile file, double separators) {
		String plain = String.format("%d.%02d", cents / 100, cents % 100);
		if (cents >= 100_000 && random.nextDouble() < separators) {
			tally.add(IrregularKind.THOUSANDS_SEPARATOR, file);
			return String.format("%,d.%02d", cents / 100, cents % 100);
		}
		return plain;
	}

	boolean chance(double p) {
		return random.nextDouble() < p;
	}

	static String fullWidth(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '\uFF10') : c);
		}
		return out.toString();
	}

}
