package org.vocstat.person;

/**
 * Display forms of personal data: {@code 330402********123X} for an ID number, {@code 张*明} for a name.
 * Masked forms may be stored, logged and printed; raw forms may not.
 */
public final class Masking {

	private Masking() {
	}

	/** Keeps the 6-digit area code and the last four characters; masks everything between. */
	public static String maskId(String normalised) {
		if (normalised == null || normalised.isEmpty()) {
			return "";
		}
		if (normalised.length() <= 10) {
			return "*".repeat(normalised.length());
		}
		int keepEnd = 4;
		return normalised.substring(0, 6) + "*".repeat(normalised.length() - 6 - keepEnd)
				+ normalised.substring(normalised.length() - keepEnd);
	}

	/** Keeps the first and (for names of three or more characters) the last character. */
	public static String maskName(String name) {
		if (name == null) {
			return "";
		}
		String trimmed = name.strip();
		int length = trimmed.codePointCount(0, trimmed.length());
		if (length == 0) {
			return "";
		}
		String first = new String(Character.toChars(trimmed.codePointAt(0)));
		if (length == 1) {
			return "*";
		}
		if (length == 2) {
			return first + "*";
		}
		int lastStart = trimmed.offsetByCodePoints(0, length - 1);
		return first + "*".repeat(length - 2) + trimmed.substring(lastStart);
	}

}
