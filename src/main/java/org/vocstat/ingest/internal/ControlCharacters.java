package org.vocstat.ingest.internal;

/**
 * The control characters a record may not hold: NUL, which PostgreSQL cannot store in
 * text, and every other C0 control but tab, line feed and carriage return, which no
 * export means to send and which would act on the terminal or spreadsheet that shows the
 * row. Where such text is stored anyway (a quarantined row, its message), each one is
 * written as its Unicode control picture, U+2400 + its code ({@code ␀} for NUL, {@code ␛}
 * for ESC).
 */
final class ControlCharacters {

	private static final char PICTURES = '\u2400';

	private ControlCharacters() {
	}

	static boolean forbidden(int c) {
		return c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r';
	}

	/** The index of the first forbidden character of {@code text}, or -1. */
	static int indexIn(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (forbidden(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/** The control picture that stands for {@code c} (a forbidden character). */
	static char picture(int c) {
		return (char) (PICTURES + c);
	}

	/**
	 * The 1-based number of the first field of {@code fields} holding a forbidden
	 * character, or 0.
	 */
	static int firstField(String[] fields) {
		for (int i = 0; i < fields.length; i++) {
			if (indexIn(fields[i]) >= 0) {
				return i + 1;
			}
		}
		return 0;
	}

}
