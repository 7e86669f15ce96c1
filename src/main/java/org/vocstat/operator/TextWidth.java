package org.vocstat.operator;

/**
 * Display width of text in a terminal: CJK characters take two columns, so tables of
 * Chinese file names and messages still line up.
 */
final class TextWidth {

	private TextWidth() {
	}

	static int of(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += wide(text.charAt(i)) ? 2 : 1;
		}
		return width;
	}

	/**
	 * {@code text} cut to at most {@code width} columns, ending in {@code …} when cut.
	 */
	static String cut(String text, int width) {
		String single = text.replace('\n', ' ');
		if (of(single) <= width) {
			return single;
		}
		StringBuilder out = new StringBuilder();
		int used = 0;
		for (int i = 0; i < single.length(); i++) {
			int w = wide(single.charAt(i)) ? 2 : 1;
			if (used + w > width - 1) {
				break;
			}
			out.append(single.charAt(i));
			used += w;
		}
		return out.append('…').toString();
	}

	static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - of(text)));
	}

	private static boolean wide(char c) {
		return (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
				|| (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F')
				|| (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6');
	}

}
