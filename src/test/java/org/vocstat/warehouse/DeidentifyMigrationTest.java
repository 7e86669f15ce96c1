package org.vocstat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.support.ScratchDatabase;
import org.vocstat.support.WarehouseRows;

/**
 * A warehouse that stored the old masks (330402********123X) beside full sms birth dates
 * is de-identified by V10: attached and detached staging partitions, the ledger and
 * quarantined rows keep the area code only and a birth month, the detached partition
 * still matches its parent, and the hashes stay as they were.
 */
class DeidentifyMigrationTest {

	private static final String OLD_ID = "330402********123X";

	private static final String NEW_ID = "330402************";

	@Test
	void version9WarehouseKeepsNoBirthDayAndNoIdCharacterAfterTheAreaCode() {
		try (ScratchDatabase database = ScratchDatabase.create("deid_v9")) {
			JdbcClient jdbc = database.migrateTo("9").jdbc();
			long attached = WarehouseRows.batch(jdbc, "a");
			long detached = WarehouseRows.batch(jdbc, "b");
			long file = WarehouseRows.file(jdbc, attached, "sms.students", "sms/students.csv");
			long stopped = WarehouseRows.file(jdbc, detached, "sms.students", "sms/students.csv");
			smsStudentPartition(jdbc, attached, file, true);
			smsStudentPartition(jdbc, detached, stopped, false);
			jdbc.sql("CREATE TABLE person_ledger_b" + attached + " PARTITION OF person_ledger FOR VALUES IN ("
					+ attached + ")")
				.update();
			jdbc.sql(
					"""
							INSERT INTO person_ledger (batch_id, population, system, file_id, line_no, person_key, class, line_sha256, masked)
							VALUES (:b, 'students', 'sms', :f, 2, rpad('p', 64, 'p'), 'SMS_ONLY', '\\x00', :masked)""")
				.param("b", attached)
				.param("f", file)
				.param("masked", OLD_ID + " G33040*********123X")
				.update();
			WarehouseRows.quarantine(jdbc, attached, file, 3, "ID_CHECKSUM",
					"身份证件号: check character of 330402********1234 is wrong [ID_CHECKSUM]",
					"G33040*********1234,居民身份证,330402********1234,张*明,男,2007-07-25,汉族,3633000001,660102,,,,2022-09,,,普通中专,在籍,");
			WarehouseRows.quarantine(jdbc, attached, file, 4, "DUPLICATE_KEY",
					"学籍号: same key as line 2 [DUPLICATE_KEY]",
					"""
							{"gender": "男", "id_kind": "VALID", "id_masked": "330402********123X", "birth_date": "2007-07-25", \
							"student_no_masked": "G33040*********123X"}""");
			String hashBefore = jdbc.sql("SELECT id_hash FROM stg_sms_student_b" + attached)
				.query(String.class)
				.single();

			database.migrate();

			for (long batch : new long[] { attached, detached }) {
				assertThat(jdbc
					.sql("""
							SELECT id_masked || ' ' || student_no_masked || ' ' || birth_month FROM stg_sms_student_b%d"""
						.formatted(batch))
					.query(String.class)
					.single()).isEqualTo(NEW_ID + " G33040************* 2007-07-01");
			}
			assertThat(
					jdbc.sql("SELECT relispartition FROM pg_class WHERE relname = 'stg_sms_student_b" + detached + "'")
						.query(Boolean.class)
						.single())
				.isFalse();
			assertThat(jdbc
				.sql("""
						WITH parent AS (
						    SELECT attname, format_type(atttypid, atttypmod) AS type, attnotnull FROM pg_attribute
						    WHERE attrelid = 'stg_sms_student'::regclass AND attnum > 0 AND NOT attisdropped
						), part AS (
						    SELECT attname, format_type(atttypid, atttypmod) AS type, attnotnull FROM pg_attribute
						    WHERE attrelid = to_regclass(:part) AND attnum > 0 AND NOT attisdropped
						)
						SELECT count(*) FROM parent FULL JOIN part USING (attname)
						WHERE parent.type IS DISTINCT FROM part.type OR parent.attnotnull IS DISTINCT FROM part.attnotnull""")
				.param("part", "stg_sms_student_b" + detached)
				.query(Long.class)
				.single()).as("the detached partition's columns are its parent's, so a restart can attach it").isZero();
			assertThat(jdbc.sql("SELECT id_hash FROM stg_sms_student WHERE batch_id = :b")
				.param("b", attached)
				.query(String.class)
				.single()).as("persons still match").isEqualTo(hashBefore);
			assertThat(jdbc.sql("SELECT masked FROM person_ledger").query(String.class).single())
				.isEqualTo(NEW_ID + " G33040*************");
			assertThat(jdbc.sql("SELECT masked_row FROM quarantine WHERE line_no = 3").query(String.class).single())
				.isEqualTo(
						"G33040*************,居民身份证,330402************,张*明,男,2007-07-**,汉族,3633000001,660102,,,,2022-09,,,"
								+ "普通中专,在籍,");
			assertThat(jdbc.sql("SELECT message FROM quarantine WHERE line_no = 3").query(String.class).single())
				.isEqualTo("身份证件号: check character of 330402************ is wrong [ID_CHECKSUM]");
			assertThat(
					jdbc.sql("SELECT masked_row::jsonb FROM quarantine WHERE line_no = 4").query(String.class).single())
				.contains("\"birth_month\": \"2007-07-01\"", "\"id_masked\": \"" + NEW_ID + "\"",
						"\"student_no_masked\": \"G33040*************\"")
				.doesNotContain("birth_date", "07-25");
			assertThat(jdbc
				.sql("""
						SELECT count(*) FROM stg_sms_student
						WHERE left(id_masked, 6) || to_char(birth_month, 'YYYYMMDD') || right(id_masked, 4) ~ '^[0-9]{17}[0-9X]$'""")
				.query(Long.class)
				.single()).as("the reconstruction of issue 24").isZero();
		}
	}

	/**
	 * A batch's sms students as V9 staged them: attached at the end of the file, or left
	 * detached by a stopped load.
	 */
	private static void smsStudentPartition(JdbcClient jdbc, long batch, long file, boolean attach) {
		String partition = "stg_sms_student_b" + batch;
		jdbc.sql("CREATE TABLE " + partition
				+ " (LIKE stg_sms_student INCLUDING DEFAULTS INCLUDING CONSTRAINTS, CONSTRAINT " + partition
				+ "_batch CHECK (batch_id = " + batch + "))")
			.update();
		jdbc.sql(
				"""
						INSERT INTO %s (batch_id, file_id, line_no, line_sha256, student_no_hash, student_no_masked, id_type, id_kind,
						    id_hash, id_masked, name_masked, gender, birth_date, school_code, major_code, entry_month, student_type,
						    status)
						VALUES (:batch, :file, 2, '\\x00', rpad('s', 64, 's'), 'G33040*********123X', '居民身份证', 'VALID',
						        rpad('p', 64, 'p'), :id, '张*明', '男', DATE '2007-07-25', '3633000001', '660102', DATE '2022-09-01',
						        '普通中专', '在籍')"""
					.formatted(partition))
			.param("batch", batch)
			.param("file", file)
			.param("id", OLD_ID)
			.update();
		if (attach) {
			jdbc.sql("ALTER TABLE stg_sms_student ATTACH PARTITION " + partition + " FOR VALUES IN (" + batch + ")")
				.update();
		}
	}

}
