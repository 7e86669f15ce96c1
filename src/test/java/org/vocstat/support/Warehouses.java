package org.vocstat.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Empties the test database between test classes, so each starts from a fresh warehouse.
 */
public final class Warehouses {

	private Warehouses() {
	}

	/**
	 * Registered files without a completed ingest that read all their rows and conserved
	 * them (read = loaded + quarantined + blank, and read less blank = registered rows):
	 * zero once a load has completed.
	 */
	public static long unconservedFiles(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT count(*) FROM source_file f WHERE NOT EXISTS (
				    SELECT 1 FROM step_audit a WHERE a.file_id = f.file_id AND a.status = 'COMPLETED'
				      AND a.rows_read - a.rows_blank = f.rows
				      AND a.rows_read = a.rows_loaded + a.rows_quarantined + a.rows_blank)""")
			.query(Long.class)
			.single();
	}

	/**
	 * The statuses of a step's executions as the step audit recorded them, oldest first.
	 */
	public static List<String> stepStatuses(JdbcClient jdbc, String step) {
		return jdbc.sql("SELECT status FROM step_audit WHERE step_name = :step ORDER BY step_execution_id")
			.param("step", step)
			.query(String.class)
			.list();
	}

	/**
	 * Drops every batch's partition (staging, ledger and figures: attached, or left
	 * detached by a failed load), as a fresh warehouse has none, then empties the other
	 * tables and restarts their identities.
	 */
	public static void truncateAll(JdbcClient jdbc) {
		jdbc.sql("""
				SELECT quote_ident(relname) FROM pg_class
				WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p')
				  AND relname ~ '^(stg_[a-z_]+|person_ledger|figure)_b[0-9]+$'""")
			.query(String.class)
			.list()
			.forEach(partition -> jdbc.sql("DROP TABLE " + partition).update());
		String tables = String.join(", ",
				jdbc.sql("""
						SELECT quote_ident(tablename) FROM pg_tables
						WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'""")
					.query(String.class)
					.list());
		// The audit trail and the editions refuse TRUNCATE by trigger (V25, V26); their
		// owner, which the tests connect as, may switch the triggers off for it.
		List<String> appendOnly = jdbc.sql("""
				SELECT DISTINCT quote_ident(c.relname) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
				WHERE NOT t.tgisinternal AND t.tgfoid = 'refuse_rewrite'::regproc""").query(String.class).list();
		appendOnly.forEach(table -> jdbc.sql("ALTER TABLE " + table + " DISABLE TRIGGER USER").update());
		try {
			jdbc.sql("TRUNCATE " + tables + " RESTART IDENTITY CASCADE").update();
		}
		finally {
			appendOnly.forEach(table -> jdbc.sql("ALTER TABLE " + table + " ENABLE TRIGGER USER").update());
		}
	}

}
