package org.vocstat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * Bad rows land in quarantine with file, line, rule codes, a masked rendering and the
 * line hash; untidy rows are normalised and loaded; every file still conserves its rows.
 */
@PostgresTest
class LoadQuarantineTest {

	private static final String GOOD_ID = BatchFixture.id("330402", "20070505", "031");

	@Autowired
	BatchLoader loader;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void emptyWarehouse() {
		Warehouses.truncateAll(jdbc);
	}

	@Test
	void quarantinesEachKindOfBadRowWithItsRuleAndLine() {
		String badChecksum = GOOD_ID.substring(0, 17) + (GOOD_ID.charAt(17) == '1' ? '2' : '1');
		String duplicate = BatchFixture.smsStudent(BatchFixture.id("330402", "20070909", "041"), "男", "2007-09-09",
				"在籍", "");
		BatchFixture batch = new BatchFixture().append("sms/students.csv",
				BatchFixture.smsStudent(badChecksum, "男", "2007-05-05", "在籍", ""), // line
																					// 4
				BatchFixture.smsStudent(GOOD_ID, "男", "2007-05-05", "在籍", "")
					.replace(BatchFixture.SMS_SCHOOL, "3633999999"), // 5
				BatchFixture.smsStudent(GOOD_ID, "男", "2007-05-05", "在籍", "").replace("660102", "999999"), // 6
				BatchFixture.smsStudent(GOOD_ID, "男", "2007-02-30", "在籍", ""), // 7
				duplicate, // 8
				duplicate, // 9
				"G" + GOOD_ID + ",居民身份证," + GOOD_ID + ",张三", // 10: short row
				"G" + GOOD_ID + ",居民身份证," + GOOD_ID + ",\"张三,男,2007-05-05,汉族", // 11:
																				// broken
																				// quote
				BatchFixture.smsStudent(BatchFixture.id("330402", "20070606", "051"), "女", "2007-06-06", "在籍", "")); // 12

		LoadOutcome outcome = loader.load(batch.writeTo(folder), null, null, null);

		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		Map<Long, String> rulesByLine = new java.util.TreeMap<>();
		jdbc.sql("""
				SELECT q.line_no, array_to_string(q.rules, ';') FROM quarantine q
				JOIN source_file f USING (file_id) WHERE f.kind = 'sms.students'""")
			.query((rs, n) -> rulesByLine.put(rs.getLong(1), rs.getString(2)))
			.list();
		assertThat(rulesByLine)
			.containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(4L, "ID_CHECKSUM", 5L, "SCHOOL_UNKNOWN", 6L,
					"MAJOR_UNKNOWN", 7L, "DATE_INVALID", 9L, "DUPLICATE_KEY", 10L, "CSV_COLUMNS", 11L, "CSV_QUOTE")));
		assertThat(stagedLines("stg_sms_student")).containsExactly(2L, 3L, 8L, 12L);
		assertThat(jdbc.sql("SELECT count(*) FROM step_audit WHERE rows_read <> rows_loaded + rows_quarantined")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aControlCharacterQuarantinesItsRowShownEscapedAndNeverFailsTheStep() {
		String nulInClass = BatchFixture.tssStudent("T2022002", BatchFixture.id("330411", "20070202", "023"), "200702")
			.replace("数控2201", "\u0000数控2201");
		String nulAndBadMonth = BatchFixture
			.tssStudent("T2022003", BatchFixture.id("330411", "20070303", "033"), "200713")
			.replace("数控加工", "数控\u0000加工");
		String escapeInClass = BatchFixture
			.smsStudent(BatchFixture.id("330402", "20070404", "043"), "男", "2007-04-04", "在籍", "")
			.replace("机加2201", "机加\u001b[2J2201");
		BatchFixture batch = new BatchFixture().append("tss/students.csv", nulInClass, nulAndBadMonth) // lines
																										// 3,
																										// 4
			.append("sms/students.csv", escapeInClass); // line 4

		LoadOutcome outcome = loader.load(batch.writeTo(folder), null, null, null);

		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(jdbc.sql("""
				SELECT f.path || ':' || q.line_no || ' ' || array_to_string(q.rules, ';') FROM quarantine q
				JOIN source_file f USING (file_id) ORDER BY f.path, q.line_no""").query(String.class).list())
			.containsExactly("sms/students.csv:4 CONTROL_CHARACTER", "tss/students.csv:3 CONTROL_CHARACTER",
					"tss/students.csv:4 CONTROL_CHARACTER;DATE_INVALID");
		assertThat(jdbc.sql("SELECT masked_row FROM quarantine ORDER BY file_id, line_no").query(String.class).list())
			.satisfiesExactly(row -> assertThat(row).contains("机加\u241b[2J2201"),
					row -> assertThat(row).contains(",\u2400数控2201"), row -> assertThat(row).contains(",数控\u2400加工,"));
		assertThat(
				jdbc.sql("SELECT string_agg(masked_row || message, '') FROM quarantine").query(String.class).single())
			.doesNotContain("\u0000", "\u001b");
		assertThat(stagedLines("stg_tss_student")).containsExactly(2L);
		assertThat(stagedLines("stg_sms_student")).containsExactly(2L, 3L);
		assertThat(jdbc.sql("SELECT count(*) FROM step_audit WHERE rows_read <> rows_loaded + rows_quarantined")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void blankAndWhitespaceOnlyLinesAreReadAndCountedAsBlankNeverAsDataRows() {
		BatchFixture batch = new BatchFixture().append("sms/students.csv", "", " \t ", // lines
																						// 4,
																						// 5
				BatchFixture.smsStudent(BatchFixture.id("330402", "20070606", "051"), "女", "2007-06-06", "在籍", ""), "") // line
																														// 7,
																														// then
																														// CRLF:
																														// a
																														// blank
																														// last
																														// line
			.manifestRows("sms/students.csv", 3)
			.append("qrp/awards.csv", "   ")
			.manifestRows("qrp/awards.csv", 1);

		LoadOutcome outcome = loader.load(batch.writeTo(folder), null, null, null);

		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(jdbc.sql("""
				SELECT f.path || ' ' || a.rows_read || '=' || a.rows_loaded || '+' || a.rows_quarantined || '+'
				       || a.rows_blank || ' of ' || f.rows
				FROM step_audit a JOIN source_file f USING (file_id)
				WHERE f.path IN ('sms/students.csv', 'qrp/awards.csv') ORDER BY f.path""").query(String.class).list())
			.containsExactly("qrp/awards.csv 2=1+0+1 of 1", "sms/students.csv 6=3+0+3 of 3");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM step_audit WHERE file_id IS NOT NULL
				AND (rows_blank IS NULL OR rows_read <> rows_loaded + rows_quarantined + rows_blank)""")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void duplicatesAreFoundByTheFilesKeyAndTheFirstOccurrenceStays() {
		String student = BatchFixture.smsStudent(BatchFixture.id("330402", "20070909", "041"), "男", "2007-09-09", "在籍",
				"");
		String award = BatchFixture.SMS_SCHOOL + ",2023,省职业能力大赛,省级,学生技术技能类,二等奖,李四";
		BatchFixture batch = new BatchFixture()
			// 学籍号 is the key: the same number three times, the last with another status,
			// is one record twice repeated.
			.append("sms/students.csv", student, student, student.replace(",在籍,", ",休学,"))
			// 院校代码+学号: the fixture's T2022001 again at its school repeats it; at another
			// school, or another 学号 at
			// its school, does not.
			.append("tss/schools.csv", "J330402002,嘉兴第二测试技工学校,技工学校,330402,330400,公办,,正常")
			.append("tss/students.csv",
					BatchFixture.tssStudent("T2022001", BatchFixture.id("330411", "20070202", "023"), "200702"),
					BatchFixture.tssStudent("T2022001", BatchFixture.id("330411", "20070303", "033"), "200703")
						.replace(BatchFixture.TSS_SCHOOL, "J330402002"),
					BatchFixture.tssStudent("T2022002", BatchFixture.id("330411", "20070404", "043"), "200704"))
			// No natural key: only an identical line repeats one.
			.append("qrp/awards.csv", award, award, award.replace("李四", "王五"));

		LoadOutcome outcome = loader.load(batch.writeTo(folder), null, null, null);

		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(jdbc
			.sql("""
					SELECT f.path || ':' || q.line_no || ' ' || q.message FROM quarantine q JOIN source_file f USING (file_id)
					ORDER BY f.path, q.line_no""")
			.query(String.class)
			.list()).containsExactly("qrp/awards.csv:4 identical to line 3 [DUPLICATE_KEY]",
					"sms/students.csv:5 学籍号: same key as line 4 [DUPLICATE_KEY]",
					"sms/students.csv:6 学籍号: same key as line 4 [DUPLICATE_KEY]",
					"tss/students.csv:3 院校代码+学号: same key as line 2 [DUPLICATE_KEY]");
		assertThat(stagedLines("stg_sms_student")).containsExactly(2L, 3L, 4L);
		assertThat(stagedLines("stg_tss_student")).containsExactly(2L, 4L, 5L);
		assertThat(stagedLines("stg_qrp_award")).containsExactly(2L, 3L, 5L);
	}

	@Test
	void aRepeatedRowShowsItsMaskedFieldsInFileOrderNotTheStagingRecord() {
		String id = BatchFixture.id("330402", "20070909", "041");
		String student = BatchFixture.smsStudent(id, "男", "2007-09-09", "在籍", "");
		loader.load(new BatchFixture().append("sms/students.csv", student, student).writeTo(folder), null, null, null);

		String masked = jdbc.sql("SELECT masked_row FROM quarantine WHERE 'DUPLICATE_KEY' = ANY (rules)")
			.query(String.class)
			.single();

		assertThat(masked).doesNotContain("{", "id_kind", "VALID", id, id.substring(6, 14))
			.contains("330402************", "在籍", "男")
			.startsWith("G330402************,");
		assertThat(masked.split(",", -1)).hasSize(student.split(",", -1).length);
	}

	@Test
	void vocabularyValuesStayReadableInAShiftedRowWhileTheNameIsMasked() {
		loader.load(
				new BatchFixture().append("sms/students.csv", "G" + GOOD_ID + ",居民身份证," + GOOD_ID + ",张三丰,在籍,普通中专,休学,男")
					.writeTo(folder),
				null, null, null);

		String masked = jdbc.sql("SELECT masked_row FROM quarantine").query(String.class).single();

		assertThat(masked.split(",")).contains("在籍", "普通中专", "休学", "男", "张*丰").doesNotContain(GOOD_ID);
	}

	@Test
	void quarantinedRowsAreMaskedAndCarryTheLineHash() {
		String badChecksum = GOOD_ID.substring(0, 17) + (GOOD_ID.charAt(17) == '1' ? '2' : '1');
		loader.load(new BatchFixture()
			.append("sms/students.csv", BatchFixture.smsStudent(badChecksum, "男", "2007-05-05", "在籍", ""))
			.writeTo(folder), null, null, null);

		List<Map<String, Object>> rows = jdbc
			.sql("SELECT masked_row, message, length(line_sha256) AS hash_bytes FROM quarantine")
			.query()
			.listOfRows();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("hash_bytes")).isEqualTo(32);
		assertThat((String) rows.get(0).get("masked_row")).doesNotContain(badChecksum)
			.doesNotContain(badChecksum.substring(6, 14))
			.contains("330402********")
			.contains("张*丰");
		assertThat((String) rows.get(0).get("message")).doesNotContain(badChecksum).contains("ID_CHECKSUM");
	}

	@Test
	void aRowWithShiftedFieldsKeepsNoRawNameOrIdInQuarantine() {
		String shifted = BatchFixture.smsStudent(GOOD_ID, "男", "2007-05-05", "在籍", "").replace(",张三丰,", ",x,张三丰,");
		loader.load(new BatchFixture().append("sms/students.csv", shifted).writeTo(folder), null, null, null);

		String stored = jdbc.sql("SELECT masked_row || ' ' || message FROM quarantine").query(String.class).single();
		assertThat(stored).doesNotContain("张三丰").doesNotContain(GOOD_ID).contains("张*丰");
	}

	@Test
	void normalisesUntidyValuesAndWarnsOnGenderDisagreeingWithId() {
		String lowercase = BatchFixture.id("330402", "19860101", "019");
		lowercase = lowercase.endsWith("X") ? lowercase.toLowerCase() : lowercase;
		String fullWidth = toFullWidth(BatchFixture.id("330402", "20070707", "061"));
		String femaleId = BatchFixture.id("330402", "20070808", "072");
		BatchFixture batch = new BatchFixture()
			.append("sms/students.csv", BatchFixture.smsStudent(fullWidth, "男", "20070707", "在籍", ""),
					BatchFixture.smsStudent(femaleId, "男", "2007/08/08", "在籍", ""))
			.file("qrp/funding.csv", "学校代码,年度,财政专项拨款(万元)", BatchFixture.SMS_SCHOOL + ",2023,\"１,234.56\"");

		LoadOutcome outcome = loader.load(batch.writeTo(folder), null, null, null);

		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(jdbc.sql("SELECT count(*) FROM quarantine").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT warnings FROM stg_sms_student WHERE line_no = 5").query(String.class).single())
			.isEqualTo("GENDER_ID_MISMATCH");
		assertThat(jdbc.sql("SELECT birth_month::text FROM stg_sms_student WHERE line_no = 4")
			.query(String.class)
			.single()).as("the birth date is read, checked against the ID, and kept as its month")
			.isEqualTo("2007-07-01");
		assertThat(jdbc.sql("SELECT special_appropriation::text FROM stg_qrp_funding").query(String.class).single())
			.isEqualTo("1234.56");
	}

	@Test
	void decodesGb18030AndMapsDriftedHeadersThroughAliases() {
		BatchFixture batch = new BatchFixture().header("tss/students.csv",
				"学号,姓名,性别,身份证件号,出生年月,学校代码,专业编码,专业名称,培养层次,学制,入学时间,学籍状态,学籍变动时间,班级");

		LoadOutcome outcome = loader.load(batch.writeTo(folder), null, null, null);

		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(jdbc.sql("SELECT school_name FROM stg_sms_school").query(String.class).single())
			.isEqualTo("嘉兴测试中等专业学校");
		assertThat(jdbc.sql("SELECT count(*) FROM stg_tss_student").query(Long.class).single()).isEqualTo(1);
	}

	private List<Long> stagedLines(String table) {
		return jdbc.sql("SELECT line_no FROM " + table + " ORDER BY line_no").query(Long.class).list();
	}

	private static String toFullWidth(String text) {
		StringBuilder out = new StringBuilder();
		text.chars().forEach(c -> out.append((char) (c >= '0' && c <= '9' ? c + 0xFEE0 : c)));
		return out.toString();
	}

}
