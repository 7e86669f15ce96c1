package org.vocstat.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Reading the contract's dates and months, and the range every date must lie in (1900 to
 * 2100).
 */
final class DateFields {

	private static final DateTimeFormatter[] DATE_FORMATS = { formatter("uuuu-MM-dd"), formatter("uuuuMMdd"),
			formatter("uuuu/MM/dd") };

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private DateFields() {
	}

	/**
	 * The date {@code folded} spells in one of the accepted formats, or null. The three
	 * usual shapes are read digit by digit (the formatters cost a tenth of a worker's
	 * time, and an exception per format that did not match); anything else goes to the
	 * formatters, which decide as before.
	 */
	static LocalDate parseDate(String folded) {
		int length = folded.length();
		boolean separated = length == 10 && (folded.charAt(4) == '-' || folded.charAt(4) == '/')
				&& folded.charAt(7) == folded.charAt(4);
		if (separated || length == 8) {
			int monthAt = separated ? 5 : 4;
			int dayAt = separated ? 8 : 6;
			int year = digits(folded, 0, 4);
			int month = digits(folded, monthAt, 2);
			int day = digits(folded, dayAt, 2);
			if (year >= 0 && month >= 0 && day >= 0) {
				try {
					return LocalDate.of(year, month, day);
				}
				catch (DateTimeException ex) {
					return null;
				}
			}
		}
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(folded, format);
			}
			catch (DateTimeParseException ex) {
				// try the next accepted format
			}
		}
		return null;
	}

	/**
	 * The number written by {@code count} ASCII digits at {@code from}, or -1 if any of
	 * them is not one.
	 */
	private static int digits(String text, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/**
	 * The first day of the month {@code folded} spells as {@code YYYY-MM} or
	 * {@code YYYYMM}, or null.
	 */
	static LocalDate parseMonth(String folded) {
		boolean dashed = folded.length() == 7 && folded.charAt(4) == '-';
		int year = dashed || folded.length() == 6 ? digits(folded, 0, 4) : -1;
		int month = year < 0 ? -1 : digits(folded, dashed ? 5 : 4, 2);
		return month < 1 || month > 12 ? null : LocalDate.of(year, month, 1);
	}

	/**
	 * {@code date} if within 1900..2100; otherwise the row is rejected and null returned.
	 */
	static LocalDate inRange(LocalDate date, String text, String column, RowContext row) {
		if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
			row.reject(Rule.DATE_RANGE, column, row.shown(text) + " is outside 1900..2100");
			return null;
		}
		return date;
	}

	private static DateTimeFormatter formatter(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}

}
