package org.vocstat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.support.ScratchDatabase;
import org.vocstat.support.WarehouseRows;

/**
 * Texts that V10 left as the masking of its time wrote them (IDs with double spaces or
 * dots, five-character, padded and Latin names, full birth dates in any form) are
 * re-rendered by the Java migration V12 through today's masking: quarantined rows and
 * messages, step audits and Spring Batch's exit messages. Vocabulary and masked forms
 * stay.
 */
class RemaskMigrationTest {

	@Test
	void version11WarehouseKeepsNoIdNameOrBirthDayInItsTexts() {
		try (ScratchDatabase database = ScratchDatabase.create("remask_v11")) {
			JdbcClient jdbc = database.migrateTo("11").jdbc();
			long batch = WarehouseRows.batch(jdbc, "a");
			long students = WarehouseRows.file(jdbc, batch, "sms.students", "sms/students.csv");
			long teachers = WarehouseRows.file(jdbc, batch, "qrp.teachers", "qrp/teachers.csv");
			long region = WarehouseRows.file(jdbc, batch, "qrp.region", "qrp/region.csv");
			WarehouseRows.quarantine(jdbc, batch, students, 3, "CSV_COLUMNS",
					"row has 20 fields, header 18 [CSV_COLUMNS]",
					"G330411************,居民身份证,330482  200708222258,司马欧阳春,ZHANG Wei,330411.200706236829,2007.07.25,"
							+ "王　芳,汉族,3633000312,630102,焊接加工,2021,3,2022-09,2022级,22级焊接1班,普通中专,在籍,");
			WarehouseRows.quarantine(jdbc, batch, students, 4, "DATE_INVALID",
					"出生日期: '2007.07.25' is not a date (YYYY-MM-DD, YYYYMMDD or YYYY/MM/DD) [DATE_INVALID]; 性别: '王　芳' is not one of 男/女 [ENUM]",
					"G330402************,居民身份证,330402************,张*明,王*芳,2007.07.25,汉族");
			WarehouseRows.quarantine(jdbc, batch, teachers, 2, "DUPLICATE_KEY",
					"学校代码, 教师编号: same key as line 1 [DUPLICATE_KEY]",
					"{\"teacher_no\": \"330482200708222258\", \"name_masked\": \"李*\", \"birth_month\": \"1980-01-01\"}");
			WarehouseRows.quarantine(jdbc, batch, teachers, 3, "DATE_INVALID",
					"出生年月: '1980年1月15日' is not a month (YYYY-MM or YYYYMM) [DATE_INVALID]",
					"T001,3633000312,2022,李*,330402************,男,1980年1月15日,专任教师");
			WarehouseRows.quarantine(jdbc, batch, region, 2, "REGION_MISMATCH",
					"区划代码: '330500' is not this batch's region 330400 [REGION_MISMATCH]",
					"330500,2022-09-01,2023-06-30");
			jdbc.sql(
					"INSERT INTO batch_job_instance (job_instance_id, version, job_name, job_key) VALUES (1, 0, 'load', 'k')")
				.update();
			jdbc.sql(
					"""
							INSERT INTO batch_job_execution (job_execution_id, version, job_instance_id, create_time, exit_message)
							VALUES (1, 0, 1, now(), 'failed at 330411.200706236829 (ZHANG Wei)')""")
				.update();
			jdbc.sql(
					"""
							INSERT INTO batch_step_execution (step_execution_id, version, step_name, job_execution_id, create_time, exit_message)
							VALUES (1, 0, 'ingest.sms.students', 1, now(), 'line 3: ''司马欧阳春'' 330482  200708222258')""")
				.update();
			jdbc.sql(
					"""
							INSERT INTO step_audit (step_execution_id, job_execution_id, batch_id, step_name, started_at, status, message)
							VALUES (1, 1, :b, 'ingest.sms.students', now(), 'FAILED', 'id 3304822007082222583304112007062368 in ''ZHANG Wei''')""")
				.param("b", batch)
				.update();

			database.migrate();

			assertThat(text(jdbc, "SELECT masked_row FROM quarantine WHERE file_id = " + students + " AND line_no = 3"))
				.isEqualTo("G330411************,居民身份证,330482************,司***春,Z******i,330411************,2007.07.**,"
						+ "王*,汉族,3633000312,630102,焊接加工,2021,3,2022-09,2022级,22级焊接1班,普通中专,在籍,");
			assertThat(text(jdbc,
					"SELECT message || ' ' || masked_row FROM quarantine WHERE file_id = " + students
							+ " AND line_no = 4"))
				.contains("'2007.07.**' is not a date", "'王*' is not one of 男/女", ",张*明,王*芳,2007.07.**,汉族")
				.doesNotContain("25", "芳'");
			assertThat(text(jdbc, "SELECT masked_row FROM quarantine WHERE file_id = " + teachers + " AND line_no = 2"))
				.contains("\"teacher_no\": \"330482************\"", "\"birth_month\": \"1980-01-01\"");
			assertThat(text(jdbc,
					"SELECT message || ' ' || masked_row FROM quarantine WHERE file_id = " + teachers
							+ " AND line_no = 3"))
				.contains("'1980年1月**日' is not a month", ",1980年1月**日,专任教师")
				.doesNotContain("15");
			assertThat(text(jdbc, "SELECT message || ' ' || masked_row FROM quarantine WHERE file_id = " + region))
				.as("a file without a birth column keeps its dates")
				.contains("'330500'", "330500,2022-09-01,2023-06-30");
			assertThat(text(jdbc, "SELECT exit_message FROM batch_job_execution"))
				.isEqualTo("failed at 330411************ (ZHANG Wei)");
			assertThat(text(jdbc, "SELECT exit_message FROM batch_step_execution"))
				.isEqualTo("line 3: '司***春' 330482************");
			assertThat(text(jdbc, "SELECT message FROM step_audit"))
				.isEqualTo("id 330482**************************** in 'Z******i'");
		}
	}

	private static String text(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(String.class).single();
	}

}
