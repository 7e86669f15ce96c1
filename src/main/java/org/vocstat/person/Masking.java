package org.vocstat.person;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Display forms of personal data: {@code 330402************} for an ID number,
 * {@code G330402************} for a student number, {@code 张*明} for a name. Masked forms
 * may be stored, logged and printed; raw forms may not.
 */
public final class Masking {

	/**
	 * Characters shown of an ID-shaped number: the area code, which 1,000s of people
	 * share.
	 */
	public static final int SHOWN = 6;

	private static final String DIGIT = "[0-9０-９]";

	/**
	 * What people and spreadsheets put between the digits of an ID: white space of any
	 * kind, dots, dashes, slashes, in any width; also C0 controls and their pictures
	 * (U+2400–U+241F), which a corrupted or probing file may put inside a number and
	 * which would otherwise hide it from this pattern.
	 */
	private static final String SEPARATOR = "[\\s\\p{Z}\\x00-\\x1F\\x{2400}-\\x{241F}.．。·・\\-－‐‑‒–—―_/／\\\\|:：]*";

	/**
	 * A run of 15 or more digits: an ID, or several run together (a run of 36 digits is
	 * two IDs), so no upper bound.
	 */
	private static final Pattern ID_LIKE = Pattern.compile(
			"(?<![0-9０-９])" + DIGIT + "(?:" + SEPARATOR + DIGIT + "){14,}(?:" + SEPARATOR + "[XxＸｘ])?(?![0-9０-９])",
			Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * The provinces' codes (GB/T 2260): an ID begins with one, a run of dates or amounts
	 * rarely does.
	 */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82", "83");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}{2,6}");

	/** A minority name written with a middle dot: 阿依古丽·买买提. */
	private static final Pattern HAN_DOTTED = Pattern.compile("\\p{IsHan}+(?:[·•・.．]\\p{IsHan}+)+");

	/**
	 * What may stand between the parts of a name without being part of it: any white
	 * space, controls and their pictures.
	 */
	private static final String GAP = "[\\s\\p{Z}\\x00-\\x1F\\x{2400}-\\x{241F}]";

	private static final Pattern LATIN = Pattern.compile(
			"\\p{IsLatin}[\\p{IsLatin}'\\-]*(?:(?:" + GAP + "|[·.])+\\p{IsLatin}[\\p{IsLatin}'\\-]*){0,3}",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern LATIN_PARTS = Pattern.compile(GAP + "|·", Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * Endings of short Chinese words that are not names: institutions, subjects, classes,
	 * ethnic groups.
	 */
	private static final List<String> NOT_NAME_ENDINGS = List.of("学校", "学院", "中学", "中专", "大学", "专业", "技术", "工程", "管理",
			"服务", "运行", "维修", "应用", "制造", "加工", "设计", "教育", "培训", "大赛", "比赛", "竞赛", "公司", "中心", "族", "班", "级", "课", "类",
			"部", "局", "厅", "处", "室");

	private Masking() {
	}

	/**
	 * Keeps the 6-digit area code of a number longer than ten characters and masks
	 * everything after it (nothing of the birth date, sequence or check character); masks
	 * a shorter number whole. The length stays.
	 */
	public static String maskId(String normalised) {
		if (normalised == null || normalised.isEmpty()) {
			return "";
		}
		if (normalised.length() <= 10) {
			return "*".repeat(normalised.length());
		}
		// Built in one array: every staged ID and student number is masked, and the
		// concatenation cost three copies.
		char[] masked = normalised.toCharArray();
		Arrays.fill(masked, SHOWN, masked.length, '*');
		return new String(masked);
	}

	/**
	 * A student number as {@link #maskId} masks an ID, after its leading letters:
	 * {@code G} + an ID keeps the {@code G} and the area code.
	 */
	public static String maskStudentNumber(String folded) {
		if (folded == null) {
			return "";
		}
		int letters = 0;
		while (letters < folded.length() && Character.isLetter(folded.charAt(letters))) {
			letters++;
		}
		return folded.substring(0, letters) + maskId(folded.substring(letters));
	}

	/** {@link #redact(String, Predicate)} with no value known not to be personal. */
	public static String redact(String text) {
		return redact(text, value -> false);
	}

	/**
	 * Makes free text safe to store or print when it might hold personal data by mistake
	 * (a value in the wrong column, a shifted row): every run of 15 to 18 digits is
	 * masked as an ID number, also full-width or with separators (spaces, dots, dashes,
	 * slashes) between them, and a text that looks like a name is masked as one. Values
	 * {@code notPersonal} accepts (a file's vocabulary), codes, dates, amounts and longer
	 * words pass.
	 */
	public static String redact(String text, Predicate<String> notPersonal) {
		if (text == null || text.isEmpty()) {
			return text == null ? "" : text;
		}
		String stripped = text.strip();
		if (notPersonal.test(stripped)) {
			return text;
		}
		return looksLikeName(stripped) ? maskName(stripped) : redactIds(text);
	}

	/**
	 * Masks every ID-shaped run of the text as {@link #redact} does and nothing else: for
	 * a message or a row, where a whole that happens to read as a name is not one.
	 */
	public static String redactIds(String text) {
		return ID_LIKE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(maskIdLike(m.group())));
	}

	/**
	 * Whether a whole field reads as a person's name: Chinese of two to six characters
	 * not ending like an institution, subject or class; Chinese parts joined by a middle
	 * dot; or Latin words (two to four, or one in mixed case). Longer Chinese text
	 * (school names, majors, projects) and upper-case codes are not names.
	 */
	public static boolean looksLikeName(String text) {
		// "王 芳" and "张\u0000三" are two-character names: padding and controls inside are
		// not part of a name.
		String compact = compact(text);
		if (HAN_DOTTED.matcher(compact).matches()) {
			return true;
		}
		if (HAN.matcher(compact).matches()) {
			return NOT_NAME_ENDINGS.stream().noneMatch(compact::endsWith);
		}
		String trimmed = trimGaps(text);
		if (LATIN.matcher(trimmed).matches() && compact.length() > 1) {
			return LATIN_PARTS.matcher(trimmed).find() || !trimmed.equals(trimmed.toUpperCase());
		}
		return false;
	}

	/**
	 * The text without what is never part of a name or number: white space of any kind
	 * (U+3000, NBSP, …), C0 controls and their pictures. The same string when there is
	 * none, which is the usual case of a staged name.
	 */
	static String compact(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean gap = isGap(c);
			if (gap && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null && !gap) {
				out.append(c);
			}
		}
		return out == null ? text : out.toString();
	}

	/**
	 * Whether {@code c} (half-width) may stand between the digits of an ID
	 * ({@link #SEPARATOR}).
	 */
	static boolean isSeparator(char c) {
		return isGap(c) || ".．。·・-－‐‑‒–—―_/／\\|:：".indexOf(c) >= 0;
	}

	private static boolean isGap(char c) {
		return c < 0x20 || Character.isWhitespace(c) || Character.isSpaceChar(c) || (c >= '\u2400' && c <= '\u241F')
				|| c == '\uFEFF';
	}

	private static String trimGaps(String text) {
		int from = 0;
		int to = text.length();
		while (from < to && isGap(text.charAt(from))) {
			from++;
		}
		while (to > from && isGap(text.charAt(to - 1))) {
			to--;
		}
		return text.substring(from, to);
	}

	private static String maskIdLike(String run) {
		String digits = foldDigits(run);
		boolean separated = digits.length() != run.length();
		// A separated run is an ID only when it begins like one: "2022-09-01/2023-06-30"
		// is two dates.
		return separated && !PROVINCES.contains(digits.substring(0, 2)) ? run : maskId(digits);
	}

	private static String foldDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char folded = c >= '\uFF10' && c <= '\uFF19' ? (char) (c - 0xFEE0)
					: c == 'ｘ' || c == 'Ｘ' || c == 'x' ? 'X' : c;
			if (Character.isDigit(folded) || folded == 'X') {
				out.append(folded);
			}
		}
		return out.toString();
	}

	/**
	 * Keeps the first and (for names of three or more characters) the last character,
	 * counted without white space and controls: {@code 王　芳} padded to three characters is
	 * still a two-character name and shows {@code 王*}.
	 */
	public static String maskName(String name) {
		if (name == null) {
			return "";
		}
		String trimmed = compact(name);
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
