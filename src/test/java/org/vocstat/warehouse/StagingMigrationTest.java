package org.vocstat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.support.ScratchDatabase;
import org.vocstat.support.WarehouseRows;

/**
 * A warehouse staged before V8 (one table per file kind for every batch) keeps every
 * staged row through the migration, each batch's rows in a partition of their own with
 * the primary key, and the views over staging come back exactly as they were defined.
 */
class StagingMigrationTest {

	/** Every view that reads a staging table, with its definition. */
	private static final String VIEWS_OVER_STAGING = """
			SELECT DISTINCT v.relname || ': ' || pg_get_viewdef(v.oid)
			FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid JOIN pg_class v ON v.oid = r.ev_class
			JOIN pg_class t ON t.oid = d.refobjid
			WHERE t.relname LIKE 'stg\\_%' AND t.relkind IN ('r', 'p') AND t.relname !~ '_b[0-9]+$' AND v.oid <> t.oid
			ORDER BY 1""";

	@Test
	void version7StagingMovesIntoBatchPartitionsAndItsViewsAreRecreatedAsTheyWere() {
		try (ScratchDatabase database = ScratchDatabase.create("staging_v7")) {
			JdbcClient jdbc = database.migrateTo("7").jdbc();
			long first = version7Batch(jdbc, "a");
			long second = version7Batch(jdbc, "b");
			jdbc.sql("GRANT SELECT ON fact_teacher TO PUBLIC").update();
			jdbc.sql("COMMENT ON VIEW fact_teacher IS 'teachers as filed on qrp'").update();
			List<String> viewsBefore = jdbc.sql(VIEWS_OVER_STAGING).query(String.class).list();
			assertThat(viewsBefore).hasSize(11);

			database.migrateTo("40");

			assertThat(jdbc.sql(VIEWS_OVER_STAGING).query(String.class).list()).isEqualTo(viewsBefore);

			// V41 adds each row's file_id to every fact view, keeping comments and
			// grants.
			database.migrate();
			assertThat(jdbc.sql("""
					SELECT count(*) FROM pg_views v WHERE v.viewname LIKE 'fact\\_%' AND v.schemaname = current_schema()
					  AND NOT EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = v.schemaname
					                  AND c.table_name = v.viewname AND c.column_name = 'file_id')""")
				.query(Long.class)
				.single()).as("fact views without file_id").isZero();
			assertThat(jdbc.sql("""
					SELECT obj_description('fact_teacher'::regclass, 'pg_class') || ' '
					       || has_table_privilege('public', 'fact_teacher', 'SELECT')""").query(String.class).single())
				.as("a view's comment and grants survive its recreation")
				.isEqualTo("teachers as filed on qrp true");
			assertThat(jdbc.sql("SELECT relkind::text FROM pg_class WHERE relname = 'stg_qrp_teacher'")
				.query(String.class)
				.single()).isEqualTo("p");
			for (long batch : List.of(first, second)) {
				assertThat(jdbc.sql("SELECT teacher_no FROM stg_qrp_teacher_b" + batch).query(String.class).list())
					.containsExactly("T-" + batch);
				assertThat(jdbc.sql("SELECT school_code FROM stg_sms_school_b" + batch).query(String.class).list())
					.containsExactly("3633000001");
				assertThat(jdbc.sql("SELECT reltuples FROM pg_class WHERE relname = 'stg_qrp_teacher_b" + batch + "'")
					.query(Double.class)
					.single()).as("analysed: a partition never analysed has -1").isEqualTo(1.0);
			}
			assertThat(jdbc.sql("SELECT count(*) FROM pg_inherits WHERE inhparent = 'stg_sms_student'::regclass")
				.query(Long.class)
				.single()).as("no partition for a batch with no rows in the table").isZero();
			assertThat(jdbc.sql("""
					SELECT unit || ' ' || school_key || ' ' || encode(line_sha256, 'escape') FROM fact_teacher
					WHERE batch_id = :b""").param("b", second).query(String.class).single())
				.isEqualTo("3633000001/T-" + second + " 3633000001 teacher-line-b");
			assertThat(jdbc.sql("SELECT masked FROM fact_school WHERE batch_id = :b")
				.param("b", first)
				.query(String.class)
				.single()).isEqualTo("3633000001 嘉兴测试中等专业学校");
			assertThatThrownBy(() -> jdbc.sql("""
					INSERT INTO stg_qrp_teacher SELECT * FROM stg_qrp_teacher WHERE batch_id = :b""")
				.param("b", first)
				.update()).isInstanceOf(DuplicateKeyException.class);
		}
	}

	/**
	 * A batch as version 7 staged it: one school on sms and qrp, one teacher, and the
	 * school in the master.
	 */
	private static long version7Batch(JdbcClient jdbc, String tag) {
		long batch = WarehouseRows.batch(jdbc, tag);
		long schools = WarehouseRows.file(jdbc, batch, "sms.schools", "sms/schools.csv");
		long teachers = WarehouseRows.file(jdbc, batch, "qrp.teachers", "qrp/teachers.csv");
		jdbc.sql(
				"""
						INSERT INTO stg_sms_school (batch_id, file_id, line_no, line_sha256, school_code, school_name, county_code,
						    admin_code, ownership, school_type, status)
						VALUES (:batch, :file, 2, convert_to('school-line-' || :tag, 'UTF8'), '3633000001', '嘉兴测试中等专业学校',
						        '330402', '330400', '公办', '中等专业学校', '正常')""")
			.param("batch", batch)
			.param("file", schools)
			.param("tag", tag)
			.update();
		jdbc.sql("""
				INSERT INTO school_master (batch_id, school_key, school_name, county_code, admin_code, sms_code, status,
				    technical, ownership, school_type)
				VALUES (:batch, '3633000001', '嘉兴测试中等专业学校', '330402', '330400', '3633000001', '正常', false, '公办',
				        '中等专业学校')""").param("batch", batch).update();
		jdbc.sql(
				"""
						INSERT INTO stg_qrp_teacher (batch_id, file_id, line_no, line_sha256, teacher_no, school_code, academic_year,
						    name_masked, id_kind, id_hash, id_masked, gender, birth_month, teacher_type, dual_qualified)
						VALUES (:batch, :file, 2, convert_to('teacher-line-' || :tag, 'UTF8'), 'T-' || :batch, '3633000001', 2022,
						        '陈*', 'VALID', rpad('t', 64, 't'), '330402********017X', '男', DATE '1980-01-01', '专任教师', true)""")
			.param("batch", batch)
			.param("file", teachers)
			.param("tag", tag)
			.update();
		return batch;
	}

}
