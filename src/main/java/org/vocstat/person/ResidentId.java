package org.vocstat.person;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A 身份证件号 read from an export, normalised per GB 11643-1999 and classified.
 *
 * <p>
 * Normalisation trims, folds full-width characters to half-width, drops inner spaces,
 * upper-cases {@code x}, and upgrades 15-digit legacy numbers to 18 digits (insert
 * {@code 19} before the birth date and recompute the check character). A registry-issued
 * temporary number ({@code 999} + 10-digit 学校标识码 + 5-digit serial) fails the checksum by
 * design and is accepted as {@link Kind#TEMPORARY}.
 *
 * @param normalised the normalised text (never stored or logged; hash or mask it)
 * @param kind what the number turned out to be
 */
public record ResidentId(String normalised, Kind kind) {

	/** What a normalised number is. */
	public enum Kind {

		/** 18 characters with a correct MOD 11-2 check character. */
		VALID,
		/** Was a 15-digit legacy number, upgraded to a valid 18-character one. */
		UPGRADED_LEGACY,
		/**
		 * A registry-issued {@code 999…} temporary number: accepted, never matched across
		 * systems.
		 */
		TEMPORARY,
		/** 18 characters of the right shape whose check character is wrong. */
		BAD_CHECKSUM,
		/** Neither 18 nor 15 characters of the right shape. */
		MALFORMED;

		/**
		 * Whether a record carrying this kind may be matched to records of another
		 * system.
		 */
		public boolean matchable() {
			return this == VALID || this == UPGRADED_LEGACY;
		}

		/** Whether a row carrying this kind is accepted for loading. */
		public boolean accepted() {
			return this == VALID || this == UPGRADED_LEGACY || this == TEMPORARY;
		}

	}

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	/** Normalises and classifies raw text as found in an export. */
	public static ResidentId parse(String raw) {
		String text = fold(raw == null ? "" : raw);
		if (text.length() == 15 && allDigits(text, 15)) {
			String body = text.substring(0, 6) + "19" + text.substring(6);
			return new ResidentId(body + checkCharacter(body), Kind.UPGRADED_LEGACY);
		}
		if (text.length() != 18 || !allDigits(text, 17) || !isCheckSymbol(text.charAt(17))) {
			return new ResidentId(text, Kind.MALFORMED);
		}
		if (text.startsWith("999")) {
			// No area code starts with 999; a temporary number's last digit passes MOD
			// 11-2 by chance one time in 11,
			// so the prefix, not the checksum, decides.
			return new ResidentId(text, Kind.TEMPORARY);
		}
		if (checkCharacter(text.substring(0, 17)) == text.charAt(17)) {
			return new ResidentId(text, Kind.VALID);
		}
		return new ResidentId(text, Kind.BAD_CHECKSUM);
	}

	/** The MOD 11-2 check character for the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	/** Birth date digits (yyyyMMdd) of a valid or upgraded number, else {@code null}. */
	public String birthDigits() {
		return kind.matchable() ? normalised.substring(6, 14) : null;
	}

	/**
	 * {@code 男} or {@code 女} from the 17th digit of a valid or upgraded number, else
	 * {@code null}.
	 */
	public String gender() {
		return kind.matchable() ? ((normalised.charAt(16) - '0') % 2 == 1 ? "男" : "女") : null;
	}

	/**
	 * Whether {@code text} holds a resident ID somewhere: 18 characters with a valid MOD
	 * 11-2 check character and a real birth date, or a run of exactly 15 digits with a
	 * real date at digits 7-12, whatever separators stand between the digits. Both begin
	 * with a province code (11-83). Text with fewer than 15 digits, almost every field of
	 * an export, is answered by one pass counting digits.
	 */
	public static boolean occursIn(String text) {
		if (text.length() < 15 || digitCount(text) < 15) {
			return false;
		}
		StringBuilder run = new StringBuilder(text.length());
		for (int i = 0; i <= text.length(); i++) {
			char c = i < text.length() ? fold(text.charAt(i)) : ',';
			if (c >= '0' && c <= '9') {
				run.append(c);
			}
			else if (c == 'X' && !run.isEmpty()) {
				run.append(c);
				if (holdsId(run)) {
					return true;
				}
				run.setLength(0);
			}
			else if (!Masking.isSeparator(c)) {
				if (holdsId(run)) {
					return true;
				}
				run.setLength(0);
			}
		}
		return false;
	}

	private static int digitCount(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
				count++;
			}
		}
		return count;
	}

	private static char fold(char c) {
		char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
		return folded == 'x' ? 'X' : folded;
	}

	/**
	 * Whether a run of digits (and a final X) holds an 18-character ID, or is a 15-digit
	 * legacy one.
	 */
	private static boolean holdsId(CharSequence run) {
		if (run.length() == 15) {
			String legacy = run.toString();
			return allDigits(legacy, 15) && plausible(legacy.substring(0, 6) + "19" + legacy.substring(6, 12));
		}
		for (int from = 0; from + 18 <= run.length(); from++) {
			String candidate = run.subSequence(from, from + 18).toString();
			if (allDigits(candidate, 17) && plausible(candidate.substring(0, 14))
					&& checkCharacter(candidate.substring(0, 17)) == candidate.charAt(17)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether 14 digits begin with a province code and go on to a real date (yyyyMMdd)
	 * after the area code.
	 */
	private static boolean plausible(String areaAndBirth) {
		int province = Integer.parseInt(areaAndBirth.substring(0, 2));
		if (province < 11 || province > 83) {
			return false;
		}
		try {
			LocalDate.parse(areaAndBirth.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	/**
	 * Folds full-width forms to half-width, removes all white space and upper-cases
	 * {@code x}.
	 */
	static String fold(String raw) {
		StringBuilder out = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
				continue;
			}
			out.append(c == 'x' ? 'X' : c);
		}
		return out.toString();
	}

	private static boolean allDigits(String text, int count) {
		for (int i = 0; i < count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static boolean isCheckSymbol(char c) {
		return (c >= '0' && c <= '9') || c == 'X';
	}

	@Override
	public String toString() {
		return "ResidentId[" + Masking.maskId(normalised) + ", " + kind + "]";
	}

}
