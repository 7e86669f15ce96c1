package org.vocstat.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the test database between test classes, so each starts from a fresh warehouse. */
public final class Warehouses {

	private Warehouses() {
	}

	/**
	 * Drops every batch's partition (staging and ledger: attached, or left detached by a failed load), as a fresh
	 * warehouse has none, then empties the other tables and restarts their identities.
	 */
	public static void truncateAll(JdbcClient jdbc) {
		jdbc.sql("""
				SELECT quote_ident(relname) FROM pg_class
				WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r'
				  AND relname ~ '^(stg_[a-z_]+|person_ledger)_b[0-9]+$'""")
			.query(String.class)
			.list()
			.forEach(partition -> jdbc.sql("DROP TABLE " + partition).update());
		String tables = String.join(", ", jdbc.sql("""
				SELECT quote_ident(tablename) FROM pg_tables
				WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'""")
			.query(String.class)
			.list());
		jdbc.sql("TRUNCATE " + tables + " RESTART IDENTITY CASCADE").update();
	}

}
