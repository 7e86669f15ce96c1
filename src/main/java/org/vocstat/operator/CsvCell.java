package org.vocstat.operator;

import java.util.regex.Pattern;

/**
 * A CSV cell made safe to open in a spreadsheet (OWASP CSV injection): text that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading {@code '}, so it is shown, never run as a formula.
 */
final class CsvCell {

	/**
	 * A plain decimal number such as {@code -5}, {@code -0.25} or {@code +1e3}: data a
	 * spreadsheet only reads.
	 */
	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private CsvCell() {
	}

	/** {@code text} as it may stand in a cell; RFC 4180 quoting is left to the writer. */
	static String safe(String text) {
		if (text.isEmpty() || !startsAFormula(text.charAt(0)) || NUMBER.matcher(text).matches()) {
			return text;
		}
		return "'" + text;
	}

	private static boolean startsAFormula(char first) {
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

}
