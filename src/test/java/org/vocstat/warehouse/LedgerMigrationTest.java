package org.vocstat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.support.ScratchDatabase;
import org.vocstat.support.WarehouseRows;

/**
 * A warehouse built before V7 (ledger in one table, lineage only in staging) keeps every
 * ledger row through the migration: in a partition of its batch, with the line hash,
 * masked keys and major copied from its staged record, so the facts over it trace to the
 * same lines as before.
 */
class LedgerMigrationTest {

	@Test
	void aVersion6LedgerMovesIntoBatchPartitionsWithItsLineage() {
		try (ScratchDatabase database = ScratchDatabase.create("ledger_v6")) {
			JdbcClient jdbc = database.migrateTo("6").jdbc();
			long first = version6Batch(jdbc, "a");
			long second = version6Batch(jdbc, "b");

			database.migrate();

			assertThat(jdbc.sql("""
					SELECT count(*) FROM pg_inherits WHERE inhparent = 'person_ledger'::regclass""")
				.query(Long.class)
				.single()).isEqualTo(2);
			assertThat(jdbc.sql("""
					SELECT population || ' ' || system || ' ' || line_no || ' ' || encode(line_sha256, 'escape') || ' '
					       || masked || ' ' || COALESCE(major_code, '-')
					FROM person_ledger_b%d ORDER BY population DESC, system, line_no""".formatted(first))
				.query(String.class)
				.list()).containsExactly("students sms 2 sms-line-a 330402************ 2022****01 660102",
						"students tss 2 tss-line-a 330402************ T-***-01 -",
						"graduates sms 2 grad-line-a 330681************ -");
			assertThat(jdbc
				.sql("""
						SELECT unit || ' ' || encode(line_sha256, 'escape') || ' ' || masked || ' ' || COALESCE(major_code, '-')
						FROM fact_enrolment WHERE batch_id = :b ORDER BY system""")
				.param("b", second)
				.query(String.class)
				.list()).containsExactly("person-b sms-line-b 330402************ 2022****01 660102",
						"person-b tss-line-b 330402************ T-***-01 -");
			assertThat(jdbc.sql("SELECT masked FROM fact_graduate WHERE batch_id = :b")
				.param("b", second)
				.query(String.class)
				.single()).isEqualTo("330681************");
		}
	}

	/**
	 * A loaded batch as version 6 kept it: staged records and their ledger rows, one sms
	 * and one tss student.
	 */
	private static long version6Batch(JdbcClient jdbc, String tag) {
		long batch = WarehouseRows.batch(jdbc, tag);
		long sms = WarehouseRows.file(jdbc, batch, "sms.students", "sms/students.csv");
		long tss = WarehouseRows.file(jdbc, batch, "tss.students", "tss/students.csv");
		long graduates = WarehouseRows.file(jdbc, batch, "sms.graduates", "sms/graduates.csv");
		jdbc.sql(
				"""
						INSERT INTO stg_sms_student (batch_id, file_id, line_no, line_sha256, student_no_hash, student_no_masked,
						    id_type, id_kind, id_hash, id_masked, name_masked, gender, birth_date, school_code, major_code,
						    entry_month, student_type, status)
						VALUES (:batch, :file, 2, convert_to('sms-line-' || :tag, 'UTF8'), rpad('s', 64, 's'), '2022****01', '居民身份证',
						        'VALID', rpad('p', 64, 'p'), '330402************', '张*', '男', DATE '2007-01-01', '3633000001',
						        '660102', DATE '2022-09-01', '全日制', '在籍')""")
			.param("batch", batch)
			.param("file", sms)
			.param("tag", tag)
			.update();
		jdbc.sql(
				"""
						INSERT INTO stg_tss_student (batch_id, file_id, line_no, line_sha256, student_no_hash, student_no_masked,
						    name_masked, gender, id_kind, id_hash, id_masked, birth_month, school_code, major_code, training_level,
						    entry_date, status)
						VALUES (:batch, :file, 2, convert_to('tss-line-' || :tag, 'UTF8'), rpad('t', 64, 't'), 'T-***-01', '张*', '男',
						        'VALID', rpad('p', 64, 'p'), '330402************', DATE '2007-01-01', 'J001', '0101', '中级工',
						        DATE '2022-09-01', '在读')""")
			.param("batch", batch)
			.param("file", tss)
			.param("tag", tag)
			.update();
		jdbc.sql(
				"""
						INSERT INTO stg_sms_graduate (batch_id, file_id, line_no, line_sha256, student_no_hash, student_no_masked,
						    id_kind, id_hash, id_masked, name_masked, school_code, major_code, graduation_month, destination)
						VALUES (:batch, :file, 2, convert_to('grad-line-' || :tag, 'UTF8'), rpad('g', 64, 'g'), '2020****09', 'VALID',
						        rpad('q', 64, 'q'), '330681************', '李*', '3633000001', '660102', DATE '2023-06-01', '升学')""")
			.param("batch", batch)
			.param("file", graduates)
			.param("tag", tag)
			.update();
		jdbc.sql(
				"""
						INSERT INTO person_ledger (batch_id, population, system, file_id, line_no, person_key, school_key, class,
						                           open_at_snapshot, entered_in_year, destination)
						VALUES (:batch, 'students', 'sms', :sms, 2, 'person-' || :tag, '3633000001', 'MATCHED', true, true, NULL),
						       (:batch, 'students', 'tss', :tss, 2, 'person-' || :tag, '3633000001', 'MATCHED', true, true, NULL),
						       (:batch, 'graduates', 'sms', :graduates, 2, 'graduate-' || :tag, '3633000001', 'SMS_ONLY', NULL, NULL,
						        '升学')""")
			.param("batch", batch)
			.param("sms", sms)
			.param("tss", tss)
			.param("graduates", graduates)
			.param("tag", tag)
			.update();
		return batch;
	}

}
