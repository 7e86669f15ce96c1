package org.vocstat.database;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Statistics for the tables the load has just written (a file's staging partition, a batch's ledger), so that the
 * next statements are planned from what the tables hold, not from guesses about tables never analysed. ANALYZE
 * takes a sample of 300 rows per unit of {@code default_statistics_target} and sorts it for every column: at the
 * default (100) the province sms student partition took 0.36–0.44 s, as long as building its primary key, and the
 * five person and teacher files about 1.4 s, all of it at the end of a file, where the other lane waits for
 * nothing but one core is PostgreSQL's alone. These statistics feed plans of whole-batch scans, joins and sorts,
 * which need row counts, the number of distinct values of a few keys and the common values of a few codes: a
 * sample of {@value #TARGET} × 300 = 7,500 rows gives them (the same 0.07 s whatever the table's size). The
 * target is this transaction's only for the ANALYZE: other statements, other sessions and the server's own
 * setting are untouched, and a column's own target, if someone set one, still counts.
 */
@Component
public class TableStatistics {

	/** The statistics target for the tables analysed here; PostgreSQL's default is 100. */
	static final int TARGET = 25;

	private final JdbcClient jdbc;

	public TableStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Analyses {@code tables} (names from the code, never from input); call inside a transaction. */
	public void analyse(List<String> tables) {
		String previous = jdbc.sql("SELECT current_setting('default_statistics_target')").query(String.class).single();
		setTarget(String.valueOf(TARGET));
		jdbc.sql("ANALYZE " + String.join(", ", tables)).update();
		setTarget(previous);
	}

	private void setTarget(String target) {
		jdbc.sql("SELECT set_config('default_statistics_target', :target, true)").param("target", target).query().singleRow();
	}

}
