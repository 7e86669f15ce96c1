package org.vocstat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.support.ScratchDatabase;
import org.vocstat.support.WarehouseRows;

/**
 * A warehouse built before V9 (every batch's figures in one table) keeps every figure
 * through the migration, to the last digit and the moment it was computed, each batch's
 * in a partition of its own, with the table's grants.
 */
class FigureMigrationTest {

	private static final String EVERY_COLUMN = """
			SELECT concat_ws(' ', batch_id, indicator, scope, period, value, unrounded, numerator, denominator,
			                 previous_batch_id, rows, digest, computed_at)
			FROM figure ORDER BY batch_id, indicator, scope""";

	@Test
	void version8FiguresMoveIntoBatchPartitionsUnchanged() {
		try (ScratchDatabase database = ScratchDatabase.create("figure_v8")) {
			JdbcClient jdbc = database.migrateTo("8").jdbc();
			long first = WarehouseRows.batch(jdbc, "a");
			long second = WarehouseRows.batch(jdbc, "b");
			figure(jdbc, first, "students.in_school", "city:330400", "12345", "12345.000", null);
			figure(jdbc, first, "teachers.ratio", "school:3633000001", "12.50", "12.4998765432109876543210", null);
			figure(jdbc, second, "students.in_school", "city:330400", "12400", "12400", null);
			figure(jdbc, second, "students.in_school.change", "city:330400", "55", "55", first);
			jdbc.sql("GRANT SELECT ON figure TO PUBLIC").update();
			jdbc.sql(
					"DO $$ BEGIN IF to_regrole('vocstat_figure_reader') IS NULL THEN CREATE ROLE vocstat_figure_reader; END IF; END $$")
				.update();
			jdbc.sql("GRANT SELECT, INSERT ON figure TO vocstat_figure_reader").update();
			List<String> before = jdbc.sql(EVERY_COLUMN).query(String.class).list();

			database.migrate();

			assertThat(jdbc.sql(EVERY_COLUMN).query(String.class).list()).isEqualTo(before).hasSize(4);
			assertThat(jdbc.sql("""
					SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
					WHERE i.inhparent = 'figure'::regclass ORDER BY 1""").query(String.class).list())
				.containsExactly("figure_b" + first, "figure_b" + second);
			assertThat(
					jdbc.sql("SELECT has_table_privilege('public', 'figure', 'SELECT')").query(Boolean.class).single())
				.isTrue();
			assertThat(jdbc
				.sql("""
						SELECT string_agg(privilege_type, ',' ORDER BY privilege_type) FROM information_schema.role_table_grants
						WHERE table_name = 'figure' AND grantee = 'vocstat_figure_reader'""")
				.query(String.class)
				.single()).isEqualTo("INSERT,SELECT");
			assertThat(jdbc.sql("SELECT to_regclass('figure_v8') IS NULL").query(Boolean.class).single()).isTrue();
		}
	}

	@Test
	void aViewOverFiguresStopsTheUpgradeBeforeAnythingChanges() {
		try (ScratchDatabase database = ScratchDatabase.create("figure_view")) {
			JdbcClient jdbc = database.migrateTo("8").jdbc();
			jdbc.sql("CREATE VIEW published_figures AS SELECT indicator, value FROM figure").update();

			assertThatThrownBy(database::migrate).hasMessageContaining("the views published_figures read it");

			assertThat(jdbc.sql("SELECT relkind::text FROM pg_class WHERE relname = 'figure'")
				.query(String.class)
				.single()).isEqualTo("r");
		}
	}

	private static void figure(JdbcClient jdbc, long batch, String indicator, String scope, String value,
			String unrounded, Long previous) {
		jdbc.sql(
				"""
						INSERT INTO figure (batch_id, indicator, scope, period, value, unrounded, numerator, denominator,
						                    previous_batch_id, rows, digest, computed_at)
						VALUES (:batch, :indicator, :scope, 'AY2022', CAST(:value AS numeric), CAST(:unrounded AS numeric),
						        CAST(:unrounded AS numeric), 3, :previous, 7, rpad('d', 64, 'd'), TIMESTAMPTZ '2023-01-02 03:04:05.678+08')""")
			.param("batch", batch)
			.param("indicator", indicator)
			.param("scope", scope)
			.param("value", value)
			.param("unrounded", unrounded)
			.param("previous", previous, java.sql.Types.BIGINT)
			.update();
	}

}
