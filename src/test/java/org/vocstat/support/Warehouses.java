package org.vocstat.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the test database between test classes, so each starts from a fresh warehouse. */
public final class Warehouses {

	private Warehouses() {
	}

	public static void truncateAll(JdbcClient jdbc) {
		String tables = String.join(", ", jdbc.sql("""
				SELECT quote_ident(tablename) FROM pg_tables
				WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'""")
			.query(String.class)
			.list());
		jdbc.sql("TRUNCATE " + tables + " RESTART IDENTITY CASCADE").update();
	}

}
