package org.vocstat.operator;

import java.util.ArrayList;
import java.util.List;

/**
 * Display width of text in a terminal by Unicode East Asian Width (UAX #11): wide (W) and
 * fullwidth (F) characters — CJK ideographs, kana, hangul, fullwidth forms, most emoji —
 * take two columns, combining marks none, everything else one; so tables of Chinese names
 * and messages line up.
 */
public final class TextWidth {

	/**
	 * Code point ranges of East Asian Width W or F, first and last inclusive, in order.
	 */
	private static final int[] WIDE = { 0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0,
			0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1,
			0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA,
			0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728,
			0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0,
			0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x2E80, 0x303E, 0x3041, 0x33FF, 0x3400,
			0x4DBF, 0x4E00, 0x9FFF, 0xA000, 0xA4CF, 0xA960, 0xA97F, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE10, 0xFE19,
			0xFE30, 0xFE6F, 0xFF00, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x16FE4, 0x17000, 0x18CFF, 0x1B000, 0x1B2FF,
			0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F202, 0x1F210, 0x1F23B,
			0x1F240, 0x1F248, 0x1F250, 0x1F251, 0x1F260, 0x1F265, 0x1F300, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C,
			0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E,
			0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A,
			0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2,
			0x1F6D5, 0x1F6D7, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7EB, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945,
			0x1F947, 0x1F9FF, 0x1FA70, 0x1FAFF, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD };

	private TextWidth() {
	}

	/** Columns {@code codePoint} takes: 0, 1 or 2. */
	public static int of(int codePoint) {
		int type = Character.getType(codePoint);
		if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
				|| codePoint == 0) {
			return 0;
		}
		int low = 0;
		int high = WIDE.length / 2 - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			if (codePoint < WIDE[2 * mid]) {
				high = mid - 1;
			}
			else if (codePoint > WIDE[2 * mid + 1]) {
				low = mid + 1;
			}
			else {
				return 2;
			}
		}
		return 1;
	}

	/** Columns {@code text} takes on one line (its widest line if it has several). */
	public static int of(String text) {
		int widest = 0;
		int width = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (c == '\n') {
				widest = Math.max(widest, width);
				width = 0;
			}
			else {
				width += of(c);
			}
		}
		return Math.max(widest, width);
	}

	static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - of(text)));
	}

	static String padLeft(String text, int width) {
		return " ".repeat(Math.max(0, width - of(text))) + text;
	}

	/**
	 * {@code text} in lines of at most {@code width} columns: broken at spaces where a
	 * word fits, otherwise between characters (Chinese has no spaces), at every line
	 * break of its own; nothing is left out.
	 */
	static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.replace("\r", "").replace('\t', ' ').split("\n", -1)) {
			wrapParagraph(paragraph.stripTrailing(), Math.max(1, width), lines);
		}
		return lines;
	}

	private static void wrapParagraph(String paragraph, int width, List<String> lines) {
		String rest = paragraph;
		while (of(rest) > width) {
			int end = fit(rest, width);
			int space = rest.lastIndexOf(' ', end);
			int cut = space > 0 && space >= end / 2 ? space : end;
			lines.add(rest.substring(0, cut).stripTrailing());
			rest = rest.substring(cut).stripLeading();
		}
		lines.add(rest);
	}

	/** The index just past the longest prefix of {@code text} that fits {@code width}. */
	private static int fit(String text, int width) {
		int used = 0;
		int i = 0;
		while (i < text.length()) {
			int c = text.codePointAt(i);
			if (used + of(c) > width) {
				break;
			}
			used += of(c);
			i += Character.charCount(c);
		}
		return Math.max(i, Character.charCount(text.codePointAt(0)));
	}

}
