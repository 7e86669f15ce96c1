package org.vocstat.operator;

import java.io.PrintWriter;
import java.util.List;

/**
 * The terminal's width from the {@code vocstat.columns} system property or
 * {@code COLUMNS}, or 120 when not known (output piped, cron, CI).
 */
public final class TerminalWidth {

	private static final int DEFAULT = 120;

	private TerminalWidth() {
	}

	/** The width to fit, in columns. */
	public static int columns() {
		String columns = System.getProperty("vocstat.columns", System.getenv("COLUMNS"));
		try {
			return columns == null ? DEFAULT : Math.max(40, Integer.parseInt(columns.strip()));
		}
		catch (NumberFormatException ex) {
			return DEFAULT;
		}
	}

	/**
	 * Prints {@code text} wrapped to the terminal's width, each continuation indented two
	 * more than its line, so a sentence or an SQL line is read whole, never cut.
	 */
	public static void println(PrintWriter out, String text) {
		int width = columns();
		for (String line : text.split("\n", -1)) {
			int indent = line.length() - line.stripLeading().length();
			List<String> parts = TextWidth.wrap(line.stripLeading(), Math.max(20, width - indent - 2));
			for (int i = 0; i < parts.size(); i++) {
				out.println(" ".repeat(indent + (i == 0 ? 0 : 2)) + parts.get(i));
			}
		}
	}

}
