package org.vocstat.person;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Display forms of personal data: {@code 330402********123X} for an ID number, {@code 张*明} for a name.
 * Masked forms may be stored, logged and printed; raw forms may not.
 */
public final class Masking {

	private static final String DIGIT = "[0-9０-９]";

	private static final String SEPARATOR = "[ \u3000\\-－]?";

	private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9０-９])" + DIGIT + "(?:" + SEPARATOR + DIGIT + "){14,16}(?:"
			+ SEPARATOR + "[0-9０-９XxＸｘ])?(?![0-9０-９])");

	private static final Pattern NAME_LIKE = Pattern.compile("\\p{IsHan}[\\p{IsHan}·]{1,3}");

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
		// Built in one array: every staged ID and student number is masked, and the concatenation cost three copies.
		char[] masked = normalised.toCharArray();
		Arrays.fill(masked, 6, masked.length - 4, '*');
		return new String(masked);
	}

	/**
	 * Makes free text safe to store or print when it might hold personal data by mistake (a value in the wrong
	 * column, a shifted row): any run of 15 to 18 digits (full-width, spaced or hyphenated too, with an optional check
	 * character) is masked as an ID number, and a text that is a bare Chinese name (two to four Han characters) is
	 * masked as a name. Codes, dates, amounts and longer words pass unchanged.
	 */
	public static String redact(String text) {
		if (text == null || text.isEmpty()) {
			return text == null ? "" : text;
		}
		String ids = ID_LIKE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(maskId(foldDigits(m.group()))));
		return NAME_LIKE.matcher(ids.strip()).matches() ? maskName(ids) : ids;
	}

	private static String foldDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char folded = c >= '\uFF10' && c <= '\uFF19' ? (char) (c - 0xFEE0) : c == 'ｘ' || c == 'Ｘ' || c == 'x' ? 'X' : c;
			if (Character.isDigit(folded) || folded == 'X') {
				out.append(folded);
			}
		}
		return out.toString();
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
