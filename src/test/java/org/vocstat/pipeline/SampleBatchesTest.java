package org.vocstat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.support.PostgresTest;
import org.vocstat.support.StagedCounts;
import org.vocstat.validation.Fields;
import org.vocstat.support.TestPaths;
import org.vocstat.support.Warehouses;

/**
 * The committed 嘉兴 sample batches, loaded as a user would: every base figure of the 2023
 * report reproduced, asserted with SQL over the staged rows (independently of the
 * generator's own counters and of the ledger).
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleBatchesTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	JdbcClient jdbc;

	/** 18-character resident IDs and 15-digit legacy numbers, as runs of digits. */
	private static final Pattern ID_SHAPED = Pattern.compile("(?<![0-9])(\\d{17}[0-9X]|\\d{15})(?![0-9])");

	private long ay2021;

	private long ay2022;

	@BeforeAll
	void loadBothSampleBatches() {
		Warehouses.truncateAll(jdbc);
		ay2021 = load(2021);
		ay2022 = load(2022);
	}

	private long load(int year) {
		LoadOutcome outcome = loader.load(TestPaths.sampleBatch(year), null, null, null);
		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		return outcome.batchId();
	}

	@Test
	void everyFileConservesItsRows() {
		assertThat(
				count("""
						SELECT count(*) FROM step_audit a JOIN source_file f USING (file_id)
						WHERE a.status = 'COMPLETED' AND a.rows_read = f.rows AND a.rows_read = a.rows_loaded + a.rows_quarantined"""))
			.isEqualTo(32);
	}

	@Test
	void everyRecordIsStagedOrQuarantinedOnceUnderItsOwnLine() throws IOException {
		// Records travel to staging in runs handed between threads; a run lost, doubled
		// or paired with another
		// run's line numbers shows up here (or as a figure off in the tests below).
		assertThat(count("""
				SELECT count(*) - count(DISTINCT (file_id, line_no))
				FROM (SELECT file_id, line_no FROM stg_sms_student UNION ALL
				      SELECT file_id, line_no FROM stg_tss_student UNION ALL
				      SELECT file_id, line_no FROM quarantine) s""")).isZero();
		Map<Long, String> staged = new HashMap<>();
		jdbc.sql("SELECT line_no, encode(line_sha256, 'hex') FROM stg_sms_student WHERE batch_id = :b")
			.param("b", ay2022)
			.query((rs, n) -> staged.put(rs.getLong(1), rs.getString(2)))
			.list();
		List<byte[]> lines = physicalLines(TestPaths.sampleBatch(2022).resolve("sms/students.csv"));
		assertThat(staged).hasSizeGreaterThan(10_000);
		staged.forEach((line, hash) -> assertThat(hash).as("line %d", line)
			.isEqualTo(HexFormat.of().formatHex(sha256(lines.get((int) (line - 1))))));
	}

	private static List<byte[]> physicalLines(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		List<byte[]> lines = new ArrayList<>();
		for (int start = 0, end; start < bytes.length; start = end + 1) {
			end = start;
			while (end < bytes.length && bytes[end] != '\n') {
				end++;
			}
			int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
			lines.add(Arrays.copyOfRange(bytes, start, stop));
		}
		return lines;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void inSchoolStudentsCountedOnceAcrossBothRegistries() {
		assertThat(inSchool(ay2022)).isEqualTo(51_486);
		assertThat(inSchool(ay2021)).isEqualTo(52_266);
	}

	@Test
	void newEntrantsCountedOnceAcrossBothRegistries() {
		assertThat(newEntrants(ay2022)).isEqualTo(15_595);
		assertThat(newEntrants(ay2021)).isEqualTo(16_630);
	}

	@Test
	void schoolsByJurisdictionTypeAndOwnership() {
		assertThat(count("""
				SELECT count(*) FROM (SELECT school_code FROM stg_sms_school WHERE batch_id = %1$d AND status = '正常'
				                      UNION SELECT COALESCE(moe_code, school_code) FROM stg_tss_school
				                      WHERE batch_id = %1$d AND status = '正常') s""".formatted(ay2022))).isEqualTo(15);
		assertThat(count("SELECT count(*) FROM stg_tss_school WHERE status = '正常' AND batch_id = " + ay2022))
			.isEqualTo(7);
		assertThat(jdbc
			.sql("""
					SELECT admin_code || ':' || count(*) FROM (
					    SELECT admin_code, school_code FROM stg_sms_school WHERE batch_id = :b AND status = '正常'
					    UNION SELECT admin_code, COALESCE(moe_code, school_code) FROM stg_tss_school WHERE batch_id = :b AND status = '正常') s
					GROUP BY admin_code ORDER BY 1""")
			.param("b", ay2022)
			.query(String.class)
			.list()).containsExactly("330400:3", "330421:2", "330424:2", "330481:3", "330482:3", "330483:2");
		assertThat(
				count("""
						SELECT count(*) FROM (SELECT school_code FROM stg_sms_school WHERE batch_id = %1$d AND status = '正常' AND ownership = '民办'
						                      UNION SELECT COALESCE(moe_code, school_code) FROM stg_tss_school
						                      WHERE batch_id = %1$d AND status = '正常' AND ownership = '民办') s"""
					.formatted(ay2022)))
			.isEqualTo(2);
	}

	@Test
	void designationsOfTheQualityReportPlatform() {
		assertThat(jdbc.sql("""
				SELECT d || ':' || count(*) FROM stg_qrp_school, unnest(designations) d WHERE batch_id = :b
				GROUP BY d ORDER BY d""").param("b", ay2022).query(String.class).list()).containsExactlyInAnyOrder(
				"国家改革发展示范学校:4", "浙江省改革发展示范学校:6", "浙江省中职名校:5", "浙江省高水平中职学校建设单位:5", "浙江省中职高水平专业建设单位:8",
				"浙江省一流技师学院培育单位:2");
	}

	@Test
	void majorSitesOfNonTechnicalSchools() {
		String inSchoolNonTechnical = """
				FROM stg_sms_student s JOIN batch b USING (batch_id)
				WHERE s.batch_id = %d AND s.entry_month <= b.snapshot_date
				  AND NOT (s.status IN ('转出', '退学', '毕业', '结业', '注销') AND COALESCE(s.status_changed, s.entry_month) <= b.snapshot_date)
				  AND s.school_code NOT IN (SELECT moe_code FROM stg_tss_school WHERE batch_id = s.batch_id AND moe_code IS NOT NULL)
				"""
			.formatted(ay2022);
		assertThat(count("SELECT count(DISTINCT (school_code, major_code)) " + inSchoolNonTechnical)).isEqualTo(178);
		assertThat(count("SELECT count(DISTINCT major_code) " + inSchoolNonTechnical)).isEqualTo(84);
		assertThat(count("SELECT count(DISTINCT left(major_code, 4)) " + inSchoolNonTechnical)).isEqualTo(45);
		assertThat(count("SELECT count(DISTINCT left(major_code, 2)) " + inSchoolNonTechnical)).isEqualTo(16);
		assertThat(jdbc
			.sql("""
					SELECT industry || ':' || count(*) FROM (
					    SELECT CASE WHEN left(major_code, 2) = '61' THEN '1' WHEN left(major_code, 2) < '70' THEN '2' ELSE '3' END
					        AS industry
					    FROM (SELECT DISTINCT school_code, major_code %s) sites) s
					GROUP BY industry ORDER BY industry"""
				.formatted(inSchoolNonTechnical))
			.query(String.class)
			.list()).containsExactly("1:5", "2:70", "3:103");
	}

	@Test
	void fullTimeTeachersAndTheirAttributes() {
		String fullTime = "FROM stg_qrp_teacher WHERE teacher_type = '专任教师' AND batch_id = " + ay2022;
		assertThat(count("SELECT count(*) " + fullTime)).isEqualTo(3_390);
		assertThat(count("SELECT count(*) " + fullTime + " AND education IN ('博士研究生', '硕士研究生', '大学本科')"))
			.isEqualTo(3_351);
		assertThat(count("SELECT count(*) " + fullTime + " AND title IN ('正高级', '副高级')")).isEqualTo(1_186);
		assertThat(count("SELECT count(*) " + fullTime + " AND teaching_category IN ('专业课', '实习指导')")).isEqualTo(2_051);
		assertThat(count("SELECT count(*) " + fullTime + " AND dual_qualified")).isEqualTo(1_844);
		assertThat(count("SELECT count(*) FROM stg_qrp_teacher WHERE teacher_type = '行业导师' AND batch_id = " + ay2022))
			.isEqualTo(265);
		assertThat(count("""
				SELECT count(*) FROM stg_qrp_teacher WHERE teacher_type = '行业导师' AND batch_id = %d
				  AND EXISTS (SELECT 1 FROM unnest(honours) h WHERE h LIKE '%%大国工匠%%' OR h LIKE '%%劳动模范%%')"""
			.formatted(ay2022))).isEqualTo(26);
	}

	@Test
	void facilityTotals() {
		assertThat(sum("land_owned + land_other", "stg_qrp_conditions", ay2022)).isEqualByComparingTo("2258100");
		assertThat(sum("building_owned + building_other", "stg_qrp_conditions", ay2022))
			.isEqualByComparingTo("1344200");
		assertThat(sum("equipment_value", "stg_qrp_conditions", ay2022)).isEqualByComparingTo("77956.60");
		assertThat(sum("books", "stg_qrp_conditions", ay2022)).isEqualByComparingTo("1866853");
		assertThat(sum("land_owned + land_other", "stg_qrp_conditions", ay2021)).isEqualByComparingTo("2078000");
		assertThat(sum("building_owned + building_other", "stg_qrp_conditions", ay2021))
			.isEqualByComparingTo("1247900");
	}

	@Test
	void graduatesAndDestinationsCountedOnce() {
		String graduates = """
				SELECT DISTINCT ON (id_hash) id_hash, destination, industry FROM (
				    SELECT id_hash, destination, employment_industry AS industry, 0 AS pref FROM stg_sms_graduate WHERE batch_id = %1$d
				    UNION ALL
				    SELECT id_hash, CASE destination WHEN '参军' THEN '参军入伍' WHEN '出国' THEN '出国出境' WHEN '其他' THEN '其他落实'
				                                     WHEN '待就业' THEN '未落实' ELSE destination END,
				           CASE employment_industry WHEN '一产' THEN '第一产业' WHEN '二产' THEN '第二产业' WHEN '三产' THEN '第三产业' END, 1
				    FROM stg_tss_graduate WHERE batch_id = %1$d) g
				ORDER BY id_hash, pref"""
			.formatted(ay2022);
		assertThat(count("SELECT count(*) FROM (" + graduates + ") g")).isEqualTo(15_790);
		assertThat(count("SELECT count(*) FROM (" + graduates + ") g WHERE destination <> '未落实'")).isEqualTo(15_719);
		assertThat(count("SELECT count(*) FROM (" + graduates + ") g WHERE destination = '升学'")).isEqualTo(11_528);
		assertThat(count("SELECT count(*) FROM (" + graduates + ") g WHERE destination IN ('就业', '自主创业')"))
			.isEqualTo(3_899);
		assertThat(jdbc
			.sql("SELECT industry || ':' || count(*) FROM (" + graduates
					+ ") g WHERE destination IN ('就业', '自主创业') GROUP BY industry ORDER BY 1")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("第一产业:56", "第二产业:990", "第三产业:2853");
		assertThat(count("SELECT count(*) FROM (" + graduates + ") g WHERE destination = '自主创业'")).isEqualTo(248);
	}

	@Test
	void examsTrainingAwardsFundingAndRegion() {
		assertThat(sum("candidates", "stg_qrp_exam", ay2022)).isEqualByComparingTo("4626");
		assertThat(sum("bachelor_admitted", "stg_qrp_exam", ay2022)).isEqualByComparingTo("663");
		assertThat(sum("bachelor_integrated", "stg_qrp_exam", ay2022)).isEqualByComparingTo("113");
		assertThat(sum("admitted", "stg_qrp_exam", ay2022)).isEqualByComparingTo("4589");
		assertThat(sum("integrated_transfer", "stg_qrp_exam", ay2022)).isEqualByComparingTo("3093");
		assertThat(sum("full_time_higher_ed", "stg_qrp_exam", ay2022)).isEqualByComparingTo("8851");
		assertThat(sum("bachelor_admitted", "stg_qrp_exam", ay2021)).isEqualByComparingTo("523");
		assertThat(sum("admitted", "stg_qrp_exam", ay2021)).isEqualByComparingTo("4331");
		assertThat(count("SELECT sum(participants) FROM stg_qrp_training WHERE hours >= 32 AND batch_id = " + ay2022))
			.isEqualTo(131_264);
		assertThat(jdbc.sql("""
				SELECT audience || ':' || sum(participants) FROM stg_qrp_training WHERE hours >= 32 AND batch_id = :b
				GROUP BY audience ORDER BY 1""").param("b", ay2022).query(String.class).list())
			.containsExactlyInAnyOrder("企业职工:72785", "退役士兵:1445", "未继续升学初高中毕业生:1284", "农村转移就业劳动力:273", "职业农民:945",
					"其他:54532");
		assertThat(count(
				"SELECT sum(participants) FROM stg_qrp_training WHERE hours >= 32 AND industry = '家政服务业' AND batch_id = "
						+ ay2022))
			.isEqualTo(9_880);
		assertThat(count(
				"SELECT sum(participants) FROM stg_qrp_training WHERE hours >= 32 AND industry = '养老服务业' AND batch_id = "
						+ ay2022))
			.isEqualTo(3_681);
		assertThat(jdbc.sql("""
				SELECT level || prize || ':' || count(*) FROM stg_qrp_award WHERE category = '学生技术技能类' AND batch_id = :b
				  AND level IN ('省级', '国家级') AND prize IN ('一等奖', '二等奖', '三等奖') GROUP BY level, prize ORDER BY 1""")
			.param("b", ay2022)
			.query(String.class)
			.list()).contains("省级一等奖:7", "省级二等奖:20", "省级三等奖:34", "国家级一等奖:5", "国家级二等奖:5");
		assertThat(sum("special_appropriation", "stg_qrp_funding", ay2022)).isEqualByComparingTo("79954.85");
		assertThat(sum("general_hs_new", "stg_qrp_region", ay2022)).isEqualByComparingTo("19597");
		assertThat(sum("general_hs_new", "stg_qrp_region", ay2021)).isEqualByComparingTo("17383");
	}

	@Test
	void satisfactionAndFollowUpRatesFromTheirSums() {
		assertThat(jdbc.sql("""
				SELECT respondent || ':' || round(100.0 * sum(satisfied) / sum(samples), 2) FROM stg_qrp_satisfaction
				WHERE batch_id = :b GROUP BY respondent ORDER BY 1""").param("b", ay2022).query(String.class).list())
			.containsExactlyInAnyOrder("毕业生:97.13", "应届毕业生:97.14", "教职工:96.44", "用人单位:98.34", "家长:96.17");
		assertThat(jdbc.sql(
				"SELECT round(100.0 * sum(promoted) / sum(tracked), 2)::text FROM stg_qrp_followup WHERE batch_id = :b")
			.param("b", ay2022)
			.query(String.class)
			.single()).isEqualTo("26.26");
	}

	@Test
	void ledgerCountingRuleAgreesWithTheIndependentCount() {
		assertThat(count("SELECT count(*) FROM enrolment_person WHERE in_school AND batch_id = " + ay2022))
			.isEqualTo(51_486);
		assertThat(count("SELECT count(*) FROM enrolment_person WHERE new_entrant AND batch_id = " + ay2022))
			.isEqualTo(15_595);
		assertThat(count("SELECT count(*) FROM enrolment_person WHERE in_school AND batch_id = " + ay2021))
			.isEqualTo(52_266);
		assertThat(count("SELECT count(*) FROM enrolment_person WHERE new_entrant AND batch_id = " + ay2021))
			.isEqualTo(16_630);
		assertThat(count("SELECT count(*) FROM graduate_person WHERE batch_id = " + ay2022)).isEqualTo(15_790);
	}

	@Test
	void sampleBatchesContainEveryLedgerClass() {
		assertThat(jdbc.sql("SELECT DISTINCT class FROM person_ledger WHERE population = 'students' AND batch_id = :b")
			.param("b", ay2022)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("MATCHED", "MATCHED_CONFLICT", "TSS_ONLY", "SMS_ONLY_TECHNICAL",
					"SMS_ONLY", "DUPLICATE", "UNMATCHABLE");
	}

	@Test
	void quarantinesEveryBadRowOfTheSamplesWithItsRuleAndNothingElse() {
		List<String> expected = List.of("qrp/teachers.csv CSV_COLUMNS 1", "qrp/teachers.csv CSV_QUOTE 1",
				"qrp/teachers.csv DATE_INVALID 1", "qrp/teachers.csv DUPLICATE_KEY 1", "qrp/teachers.csv ID_CHECKSUM 1",
				"qrp/teachers.csv SCHOOL_UNKNOWN 1", "sms/graduates.csv CSV_COLUMNS 1", "sms/graduates.csv CSV_QUOTE 1",
				"sms/graduates.csv DATE_INVALID 1", "sms/graduates.csv DUPLICATE_KEY 1",
				"sms/graduates.csv ID_CHECKSUM 1", "sms/graduates.csv MAJOR_UNKNOWN 1",
				"sms/graduates.csv SCHOOL_UNKNOWN 1", "sms/students.csv CSV_COLUMNS 2", "sms/students.csv CSV_QUOTE 1",
				"sms/students.csv DATE_INVALID 2", "sms/students.csv DUPLICATE_KEY 2", "sms/students.csv ID_CHECKSUM 2",
				"sms/students.csv MAJOR_UNKNOWN 3", "sms/students.csv SCHOOL_UNKNOWN 2",
				"tss/students.csv CSV_COLUMNS 1", "tss/students.csv CSV_QUOTE 1", "tss/students.csv DATE_INVALID 2",
				"tss/students.csv DUPLICATE_KEY 2", "tss/students.csv ID_CHECKSUM 2",
				"tss/students.csv SCHOOL_UNKNOWN 2");
		for (long batch : new long[] { ay2021, ay2022 }) {
			assertThat(jdbc.sql("""
					SELECT f.path || ' ' || array_to_string(q.rules, ';') || ' ' || count(*) FROM quarantine q
					JOIN source_file f USING (file_id) WHERE q.batch_id = :b GROUP BY f.path, q.rules ORDER BY 1""")
				.param("b", batch)
				.query(String.class)
				.list()).as("batch " + batch).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void keepsUntidyRowsNormalisedAndWarnsWhereTheSampleReadmeSays() {
		assertThat(warned("stg_sms_student", "GENDER_ID_MISMATCH", ay2022)).isEqualTo(44);
		assertThat(warned("stg_tss_student", "GENDER_ID_MISMATCH", ay2022)).isEqualTo(39);
		assertThat(warned("stg_sms_student", "BIRTH_ID_MISMATCH", ay2022)).isEqualTo(78);
		assertThat(warned("stg_sms_student", "TEMPORARY_ID", ay2022)).isEqualTo(7);
		assertThat(warned("stg_sms_student", "GENDER_ID_MISMATCH", ay2021)).isEqualTo(38);
		assertThat(warned("stg_tss_student", "GENDER_ID_MISMATCH", ay2021)).isEqualTo(29);
		assertThat(warned("stg_sms_student", "BIRTH_ID_MISMATCH", ay2021)).isEqualTo(73);
		assertThat(kinds("stg_sms_student", ay2022)).containsEntry("TEMPORARY", 7L).containsEntry("OTHER_DOCUMENT", 5L);
		assertThat(kinds("stg_sms_student", ay2021)).containsEntry("TEMPORARY", 6L).containsEntry("OTHER_DOCUMENT", 4L);
		assertThat(kinds("stg_qrp_teacher", ay2022)).containsEntry("UPGRADED_LEGACY", 7L);
		assertThat(kinds("stg_qrp_teacher", ay2021)).containsEntry("UPGRADED_LEGACY", 7L);
		assertThat(count("SELECT count(*) FROM stg_qrp_training WHERE project_name LIKE '%' || chr(10) || '%'"))
			.isPositive();
	}

	@Test
	void noRawIdNumberFromTheSampleFilesIsAnywhereInTheDatabase() throws Exception {
		Set<String> ids = new HashSet<>();
		for (int year : new int[] { 2021, 2022 }) {
			try (var files = Files.walk(TestPaths.sampleBatch(year))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
					String text = Files.readString(file,
							file.toString().contains("/sms/") ? Charset.forName("GB18030") : StandardCharsets.UTF_8);
					Matcher matcher = ID_SHAPED.matcher(Fields.halfWidth(text).toUpperCase());
					while (matcher.find()) {
						ids.add(matcher.group());
					}
				}
			}
		}
		assertThat(ids).as("ID numbers found in the sample files").hasSizeGreaterThan(50_000);

		List<String> leaks = new ArrayList<>();
		List<Map<String, Object>> columns = jdbc
			.sql("""
					SELECT table_name, column_name FROM information_schema.columns
					WHERE table_schema = current_schema() AND data_type IN ('text', 'character', 'character varying', 'ARRAY')""")
			.query()
			.listOfRows();
		for (Map<String, Object> column : columns) {
			String sql = "SELECT DISTINCT \"%s\"::text FROM \"%s\"".formatted(column.get("column_name"),
					column.get("table_name"));
			for (String value : jdbc.sql(sql).query(String.class).list()) {
				Matcher matcher = ID_SHAPED.matcher(value == null ? "" : value);
				while (matcher.find()) {
					if (ids.contains(matcher.group())) {
						leaks.add(column.get("table_name") + "." + column.get("column_name"));
					}
				}
			}
		}
		assertThat(leaks).as("columns holding a raw ID number from the sample files").isEmpty();
	}

	private long inSchool(long batch) {
		return StagedCounts.inSchool(jdbc, batch);
	}

	private long newEntrants(long batch) {
		return StagedCounts.newEntrants(jdbc, batch);
	}

	private long warned(String table, String rule, long batch) {
		return count(
				"SELECT count(*) FROM %s WHERE warnings LIKE '%%%s%%' AND batch_id = %d".formatted(table, rule, batch));
	}

	private Map<String, Long> kinds(String table, long batch) {
		Map<String, Long> kinds = new java.util.TreeMap<>();
		jdbc.sql("SELECT id_kind, count(*) FROM %s WHERE batch_id = %d GROUP BY id_kind".formatted(table, batch))
			.query((rs, n) -> kinds.put(rs.getString(1), rs.getLong(2)))
			.list();
		return kinds;
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private BigDecimal sum(String expression, String table, long batch) {
		return jdbc.sql("SELECT sum(" + expression + ") FROM " + table + " WHERE batch_id = :b")
			.param("b", batch)
			.query(BigDecimal.class)
			.single();
	}

}
