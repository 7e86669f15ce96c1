package org.vocstat.database;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Statistics for the tables the load has just written (a file's staging partition, a
 * batch's ledger), so that the next statements are planned from what the tables hold, not
 * from guesses about tables never analysed. ANALYZE samples 300 rows per unit of the
 * largest statistics target among a table's columns and sorts the sample for every
 * column: at the default target (100) that took as long as building a large partition's
 * primary key, at the end of each file, on PostgreSQL's side alone
 * (bench/performance.md). These statistics feed plans of whole-batch scans, joins, sorts
 * and groupings, which need row counts, the number of distinct values of a few keys and
 * the common values of a few codes: a target of {@value #TARGET}, a sample of 7,500 rows,
 * gives them (the sample, hence the time, does not grow with the table). The target is
 * set for the ANALYZE only, inside the caller's transaction: its other statements, other
 * sessions and the server's setting are untouched, and a column's own target, if someone
 * set one, still counts.
 *
 * <p>
 * Not for a table whose statistics decide more than a plan: the indicators' materialised
 * facts keep the default sample, since the planner's estimate of their groups decides
 * whether they are collapsed, and from 7,500 rows it took the national enrolment fact's
 * 21 million rows for 8.5 million groups instead of 19.9 million and collapsed them for
 * nothing (see {@code MaterialisedFacts#collapse} and bench/performance.md).
 */
@Component
public class TableStatistics {

	/**
	 * The statistics target for the tables analysed here; PostgreSQL's default is 100.
	 */
	static final int TARGET = 25;

	private final JdbcClient jdbc;

	public TableStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Analyses {@code tables} (names from the code, never from input). Only inside a
	 * transaction: outside one, the target would be set and undone before the ANALYZE,
	 * which would take the full sample without a word.
	 */
	public void analyse(List<String> tables) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("tables are analysed inside a transaction: " + tables);
		}
		if (tables.isEmpty()) {
			// ANALYZE without a table analyses the whole database.
			return;
		}
		String previous = jdbc.sql("SELECT current_setting('default_statistics_target')").query(String.class).single();
		setTarget(String.valueOf(TARGET));
		jdbc.sql("ANALYZE " + String.join(", ", tables)).update();
		setTarget(previous);
	}

	private void setTarget(String target) {
		jdbc.sql("SELECT set_config('default_statistics_target', :target, true)")
			.param("target", target)
			.query()
			.singleRow();
	}

}
