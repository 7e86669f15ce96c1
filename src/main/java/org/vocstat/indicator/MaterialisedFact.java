package org.vocstat.indicator;

/**
 * A fact's rows of one batch in a temporary table of the transaction: a row per line, or,
 * once collapsed, a row per distinct set of values with the number of lines it stands for
 * ({@code line_count}) and the sums of their slices.
 */
record MaterialisedFact(String table, boolean collapsed) {

	/** How many lines a {@code FILTER} clause (or none) selects. */
	String lineCount(String filterClause) {
		return collapsed ? "COALESCE(sum(line_count)" + filterClause + ", 0)" : "count(*)" + filterClause;
	}

}
