package org.vocstat.operator;

/**
 * The terminal's width from {@code COLUMNS}, or 120 when not known (output piped, cron,
 * CI).
 */
public final class TerminalWidth {

	private static final int DEFAULT = 120;

	private TerminalWidth() {
	}

	/** The width to fit, in columns. */
	public static int columns() {
		String columns = System.getenv("COLUMNS");
		try {
			return columns == null ? DEFAULT : Math.max(40, Integer.parseInt(columns.strip()));
		}
		catch (NumberFormatException ex) {
			return DEFAULT;
		}
	}

}
