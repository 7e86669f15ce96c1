package org.vocstat.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vocstat.support.BatchFixture.id;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.vocstat.audit.ConservationViolation;
import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * Every class of the person ledger on a hand-built batch with one person per case, the
 * counting rule, ID normalisation across systems, re-derivation and the conservation
 * check.
 */
@PostgresTest
class ReconciliationTest {

	private static final String REGULAR = "3633000001";

	private static final String DUAL_MOE = "3633000002";

	private static final String DUAL_TSS = "J330402002";

	private static final String TSS_ONLY_SCHOOL = "J330402001";

	/** Ends in the check character X, so the tss side can give it as a lowercase x. */
	private static final String MATCHED = id("330402", "20070101", "039");

	private static final String GENDER_CONFLICT = id("330402", "20070202", "021");

	private static final String TSS_ONLY = id("330402", "20070303", "031");

	private static final String SMS_ONLY_TECHNICAL = id("330402", "20070404", "041");

	private static final String SMS_ONLY = id("330402", "20070505", "051");

	private static final String TRANSFERRED = id("330402", "20070606", "061");

	private static final String STATUS_CONFLICT = id("330402", "20070707", "071");

	private static final String TEMPORARY = "999" + REGULAR + "00001";

	private static final String PASSPORT = "E12345678";

	private static final String LEGACY_18 = id("330402", "19900808", "081");

	private static final String LEGACY_15 = LEGACY_18.substring(0, 6) + LEGACY_18.substring(8, 17);

	@Autowired
	BatchLoader loader;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	LedgerConservation conservation;

	@Autowired
	LedgerQueries queries;

	@Autowired
	PersonLedger ledger;

	@Autowired
	SchoolMaster schools;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	private long batchId;

	@BeforeEach
	void loadBatchWithOnePersonPerClass() {
		Warehouses.truncateAll(jdbc);
		assertThat(MATCHED).endsWith("X");
		String lowercase = MATCHED.toLowerCase();
		BatchFixture batch = new BatchFixture()
			.file("sms/schools.csv", "学校标识码,学校名称,所在地行政区划代码,隶属区划代码,举办者类型,学校类型,办学状态,停止招生年份",
					REGULAR + ",嘉兴甲中专,330402,330400,公办,中等专业学校,正常,", DUAL_MOE + ",嘉兴乙技工学校,330402,330400,公办,技工学校,正常,")
			.file("tss/schools.csv", "院校代码,院校名称,院校类别,所在地行政区划代码,隶属区划代码,举办者类型,学校标识码,办学状态",
					TSS_ONLY_SCHOOL + ",嘉兴丙技师学院,技师学院,330402,330400,公办,,正常",
					DUAL_TSS + ",嘉兴乙技师学院,技师学院,330402,330400,公办," + DUAL_MOE + ",正常")
			.file("qrp/schools.csv", "学校代码,学校名称,是否技工院校,称号", REGULAR + ",嘉兴甲中专,否,国家改革发展示范学校",
					DUAL_MOE + ",嘉兴乙技工学校,是,浙江省一流技师学院培育单位", TSS_ONLY_SCHOOL + ",嘉兴丙技师学院,是,")
			.file("sms/students.csv",
					"学籍号,身份证件类型,身份证件号,姓名,性别,出生日期,民族,学校标识码,专业代码,专业名称,专业目录版本,学制,入学年月,年级,班级,学生类型,学籍状态,状态变动日期",
					sms("G" + MATCHED, "居民身份证", toFullWidth(MATCHED), DUAL_MOE, "在籍", ""),
					sms("G" + GENDER_CONFLICT, "居民身份证", GENDER_CONFLICT, DUAL_MOE, "在籍", ""),
					sms("G" + SMS_ONLY_TECHNICAL, "居民身份证", SMS_ONLY_TECHNICAL, DUAL_MOE, "在籍", ""),
					sms("G" + SMS_ONLY, "居民身份证", SMS_ONLY, REGULAR, "在籍", ""),
					sms("G" + TRANSFERRED, "居民身份证", TRANSFERRED, REGULAR, "转出", "2022-09-20"),
					sms("J" + TRANSFERRED, "居民身份证", TRANSFERRED, REGULAR, "在籍", ""),
					sms("G" + STATUS_CONFLICT, "居民身份证", STATUS_CONFLICT, DUAL_MOE, "退学", "2022-09-15"),
					sms("L" + TEMPORARY.substring(0, 17) + "1", "居民身份证", TEMPORARY, REGULAR, "在籍", ""),
					sms("L00000000000000000" + "2", "护照", PASSPORT, REGULAR, "在籍", ""),
					sms("G" + LEGACY_18, "居民身份证", LEGACY_15, DUAL_MOE, "在籍", ""))
			.file("tss/students.csv", "学号,姓名,性别,身份证号,出生年月,院校代码,专业编码,专业名称,培养层次,学制,入学时间,学籍状态,学籍变动时间,班级",
					tss("T1", lowercase, "男", DUAL_TSS), tss("T2", GENDER_CONFLICT, "女", DUAL_TSS),
					tss("T3", TSS_ONLY, "男", TSS_ONLY_SCHOOL), tss("T4", STATUS_CONFLICT, "男", DUAL_TSS),
					tss("T5", TEMPORARY, "男", DUAL_TSS), tss("T6", LEGACY_18, "男", DUAL_TSS))
			.file("sms/graduates.csv", "学籍号,身份证件号,姓名,学校标识码,专业代码,毕业年月,毕业去向,升学类型,就业产业",
					"G" + MATCHED + "," + MATCHED + ",王甲," + DUAL_MOE + ",660102,2023-06,就业,,第二产业",
					"G" + SMS_ONLY + "," + SMS_ONLY + ",王乙," + DUAL_MOE + ",660102,2023-06,升学,全日制高职,",
					// Graduates whose class their school decides: a technical and an
					// ordinary school with no tss
					// record, and a person each registry places at another school.
					"G" + SMS_ONLY_TECHNICAL + "," + SMS_ONLY_TECHNICAL + ",王丁," + DUAL_MOE
							+ ",660102,2023-06,就业,,第二产业",
					"G" + GENDER_CONFLICT + "," + GENDER_CONFLICT + ",王戊," + REGULAR + ",660102,2023-06,就业,,第三产业",
					"G" + TRANSFERRED + "," + TRANSFERRED + ",王己," + REGULAR + ",660102,2023-06,就业,,第二产业")
			.file("tss/graduates.csv", "学号,身份证号,姓名,院校代码,专业编码,毕业时间,毕业去向,就业产业",
					"T1," + MATCHED + ",王甲," + DUAL_TSS + ",0302-4,2023-06-30,就业,二产",
					"T7," + SMS_ONLY + ",王乙," + DUAL_TSS + ",0302-4,2023-06-30,参军,",
					"T8," + TSS_ONLY + ",王丙," + TSS_ONLY_SCHOOL + ",0302-4,2023-06-30,待就业,",
					"T9," + TRANSFERRED + ",王己," + DUAL_TSS + ",0302-4,2023-06-30,就业,二产");
		LoadOutcome outcome = loader.load(batch.writeTo(folder), null, null, null);
		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		batchId = outcome.batchId();
	}

	@Test
	void putsEveryStudentRecordInExactlyOneClass() {
		assertThat(classes("students", "sms")).containsExactlyEntriesOf(sorted(Map.of("G" + MATCHED, "MATCHED",
				"G" + GENDER_CONFLICT, "MATCHED_CONFLICT:gender", "G" + SMS_ONLY_TECHNICAL, "SMS_ONLY_TECHNICAL",
				"G" + SMS_ONLY, "SMS_ONLY", "G" + TRANSFERRED, "DUPLICATE", "J" + TRANSFERRED, "SMS_ONLY",
				"G" + STATUS_CONFLICT, "MATCHED_CONFLICT:status", "L" + TEMPORARY.substring(0, 17) + "1", "UNMATCHABLE",
				"L000000000000000002", "UNMATCHABLE", "G" + LEGACY_18, "MATCHED")));
		assertThat(classes("students", "tss"))
			.containsExactlyEntriesOf(sorted(Map.of("T1", "MATCHED", "T2", "MATCHED_CONFLICT:gender", "T3", "TSS_ONLY",
					"T4", "MATCHED_CONFLICT:status", "T5", "UNMATCHABLE", "T6", "MATCHED")));
	}

	@Test
	void putsEveryGraduateRecordInExactlyOneClassWithTssVocabulariesMapped() {
		assertThat(classes("graduates", "sms")).containsExactlyEntriesOf(sorted(Map.of("G" + MATCHED, "MATCHED",
				"G" + SMS_ONLY, "MATCHED_CONFLICT:destination", "G" + SMS_ONLY_TECHNICAL, "SMS_ONLY_TECHNICAL",
				"G" + GENDER_CONFLICT, "SMS_ONLY", "G" + TRANSFERRED, "MATCHED_CONFLICT:school")));
		assertThat(classes("graduates", "tss")).containsExactlyEntriesOf(sorted(Map.of("T1", "MATCHED", "T7",
				"MATCHED_CONFLICT:destination", "T8", "TSS_ONLY", "T9", "MATCHED_CONFLICT:school")));
		assertThat(
				jdbc.sql("SELECT destination FROM person_ledger WHERE population = 'graduates' AND class = 'TSS_ONLY'")
					.query(String.class)
					.single())
			.isEqualTo("未落实");
	}

	@Test
	void countsEachPersonOnceWhenEitherRegistryHoldsAnOpenRecord() {
		CountedPersons counted = queries.counted(batchId);

		// MATCHED, GENDER_CONFLICT, TSS_ONLY, SMS_ONLY_TECHNICAL, SMS_ONLY, TRANSFERRED
		// (once), STATUS_CONFLICT (tss
		// open), LEGACY (matched): 8 persons; the temporary number once per system (never
		// matched): 2; passport: 1.
		assertThat(counted.inSchool()).isEqualTo(11);
		// MATCHED, SMS_ONLY (matched with a conflict), TSS_ONLY, SMS_ONLY_TECHNICAL,
		// GENDER_CONFLICT, TRANSFERRED.
		assertThat(counted.graduates()).isEqualTo(6);
	}

	@Test
	void temporaryNumbersAndForeignDocumentsAreNeverMatched() {
		assertThat(jdbc.sql("""
				SELECT count(DISTINCT person_key) FROM person_ledger
				WHERE population = 'students' AND class = 'UNMATCHABLE'""").query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void buildsTheSchoolMasterJoiningDualNamedSchools() {
		assertThat(jdbc.sql(
				"SELECT school_key || ':' || technical || ':' || COALESCE(tss_code, '-') FROM school_master ORDER BY 1")
			.query(String.class)
			.list()).containsExactly(REGULAR + ":false:-", DUAL_MOE + ":true:" + DUAL_TSS,
					TSS_ONLY_SCHOOL + ":true:" + TSS_ONLY_SCHOOL);
		assertThat(jdbc.sql("SELECT count(*) FROM school_issue").query(Long.class).single()).isZero();
	}

	@Test
	void reportsContradictoryAndUnjoinableSchoolsInsteadOfGuessing() {
		jdbc.sql("UPDATE stg_tss_school SET admin_code = '330402' WHERE school_code = :code")
			.param("code", DUAL_TSS)
			.update();
		jdbc.sql("UPDATE stg_tss_school SET moe_code = '3633999999' WHERE school_code = :code")
			.param("code", TSS_ONLY_SCHOOL)
			.update();

		reconciliation.reconcile(batchId);

		assertThat(jdbc.sql("SELECT issue || ' ' || detail FROM school_issue ORDER BY 1").query(String.class).list())
			.containsExactly("CONTRADICTS 隶属区划代码: sms 330400, tss 330402", "MOE_CODE_NOT_IN_SMS tss " + TSS_ONLY_SCHOOL
					+ " gives 学校标识码 3633999999, which sms/schools.csv does not have");
	}

	@Test
	void rederivingTheLedgerGivesTheSameLedgerWithoutDuplicates() {
		List<String> first = ledgerDump();

		reconciliation.reconcile(batchId);

		assertThat(ledgerDump()).isEqualTo(first);
	}

	@Test
	void leavesOnlyTheBatchsPartitionBehind() {
		reconciliation.reconcile(batchId);

		assertThat(ledgerTables()).containsExactlyElementsOf(liveLedgerTables());
	}

	@Test
	void aFailureOfTheGraduatesAfterTheStudentsWereWrittenLeavesThePreviousLedgerAndNothingOfTheNewOne() {
		List<String> before = ledgerDump();
		// The graduates' statement, which runs after the students' table was written,
		// cannot find the column.
		jdbc.sql("ALTER TABLE stg_sms_graduate RENAME COLUMN employment_industry TO industry_hidden").update();
		try {
			assertThatThrownBy(() -> reconciliation.reconcile(batchId)).hasMessageContaining("employment_industry");

			assertThat(ledgerDump()).isEqualTo(before);
			assertThat(ledgerTables()).containsExactlyElementsOf(liveLedgerTables());
		}
		finally {
			jdbc.sql("ALTER TABLE stg_sms_graduate RENAME COLUMN industry_hidden TO employment_industry").update();
		}
		reconciliation.reconcile(batchId);
		assertThat(ledgerDump()).isEqualTo(before);
		assertThat(ledgerTables()).containsExactlyElementsOf(liveLedgerTables());
	}

	@Test
	void tablesAnEarlierVersionsSecondConnectionLeftBehindAreDropped() {
		List<String> before = ledgerDump();
		// Versions that built part of the ledger on a second connection committed these
		// tables there, and a failed
		// build or a crash could leave them.
		jdbc.sql("CREATE TABLE " + PersonLedger.partitionOf(batchId) + "_upper AS SELECT 1 AS stale").update();
		jdbc.sql("CREATE TABLE " + PersonLedger.partitionOf(batchId) + "_new_graduates AS SELECT 1 AS stale").update();

		reconciliation.reconcile(batchId);

		assertThat(ledgerDump()).isEqualTo(before);
		assertThat(ledgerTables()).containsExactlyElementsOf(liveLedgerTables());
	}

	@Test
	void aGraduatesTableThePreviousVersionLeftBehindIsDropped() {
		List<String> before = ledgerDump();
		// The previous version committed the graduates' rows on a connection of their own
		// under this name, and a
		// build that failed after reading them left the table; the batch's ledger was a
		// table without partitions.
		jdbc.sql("DROP TABLE " + PersonLedger.partitionOf(batchId)).update();
		jdbc.sql("CREATE TABLE " + PersonLedger.partitionOf(batchId) + "_graduates AS SELECT 1 AS stale").update();

		reconciliation.reconcile(batchId);

		assertThat(ledgerDump()).isEqualTo(before);
		assertThat(ledgerTables()).containsExactlyElementsOf(liveLedgerTables());
	}

	@Test
	void aQueryForOnePopulationReadsOnlyItsTable() {
		String students = planOfCount("fact_enrolment");
		String graduates = planOfCount("graduate_person");

		assertThat(students).contains(PersonLedger.partitionOf(batchId) + "_students")
			.doesNotContain(PersonLedger.partitionOf(batchId) + "_graduates");
		assertThat(graduates).contains(PersonLedger.partitionOf(batchId) + "_graduates")
			.doesNotContain(PersonLedger.partitionOf(batchId) + "_students");
	}

	/** The plan of counting the batch's rows of {@code view}, as text. */
	private String planOfCount(String view) {
		return jdbc.sql("EXPLAIN SELECT count(*) FROM " + view + " WHERE batch_id = :batch")
			.param("batch", batchId)
			.query(String.class)
			.list()
			.toString();
	}

	/**
	 * The ledger joins the schools as the school master built in the same transaction
	 * does, not as the one before.
	 */
	@Test
	void theLedgerJoinsTheSchoolsTheStepHasJustJoined() {
		// TSS_ONLY_SCHOOL now gives REGULAR's 学校标识码: the two join, and REGULAR becomes a
		// technical school.
		jdbc.sql("UPDATE stg_tss_school SET moe_code = :moe WHERE school_code = :code")
			.param("moe", REGULAR)
			.param("code", TSS_ONLY_SCHOOL)
			.update();
		assertThat(classes("students", "sms")).containsEntry("G" + SMS_ONLY, "SMS_ONLY");
		assertThat(classes("graduates", "sms")).containsEntry("G" + GENDER_CONFLICT, "SMS_ONLY");

		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			schools.build(batchId);
			ledger.build(batchId);
		});

		assertThat(classes("students", "sms")).containsEntry("G" + SMS_ONLY, "SMS_ONLY_TECHNICAL");
		assertThat(classes("graduates", "sms")).containsEntry("G" + GENDER_CONFLICT, "SMS_ONLY_TECHNICAL");
		assertThat(jdbc.sql("SELECT school_key FROM person_ledger WHERE population = 'students' AND class = 'TSS_ONLY'")
			.query(String.class)
			.single()).isEqualTo(REGULAR);
	}

	/**
	 * The batch's partition of the ledger and its two partitions, the students' and the
	 * graduates'.
	 */
	private List<String> liveLedgerTables() {
		List<String> tables = new ArrayList<>(PersonLedger.tablesOf(batchId));
		tables.add(PersonLedger.partitionOf(batchId).name());
		return tables.stream().sorted().toList();
	}

	/** The tables and views whose names start with the batch's ledger partition's. */
	private List<String> ledgerTables() {
		return jdbc
			.sql("SELECT relname FROM pg_class WHERE relname LIKE :prefix AND relkind IN ('r', 'p', 'v') ORDER BY 1")
			.param("prefix", PersonLedger.partitionOf(batchId) + "%")
			.query(String.class)
			.list();
	}

	@Test
	void conservationCheckFailsOnABrokenLedger() {
		conservation.check(batchId);
		jdbc.sql("DELETE FROM person_ledger WHERE population = 'students' AND system = 'tss' AND class = 'TSS_ONLY'")
			.update();

		assertThatThrownBy(() -> conservation.check(batchId)).isInstanceOf(ConservationViolation.class)
			.hasMessageContaining("students tss: 6 records staged, 5 in the ledger");
	}

	@Test
	void aSideWithNoLedgerRowsAtAllDoesNotAddUp() {
		List<LedgerConservation.LedgerSide> sides = conservation.check(batchId);
		assertThat(sides).extracting(side -> side.population() + " " + side.system())
			.containsExactly("students sms", "students tss", "graduates sms", "graduates tss");
		long staged = sides.get(3).staged();
		assertThat(staged).isPositive();
		jdbc.sql("DELETE FROM person_ledger WHERE population = 'graduates' AND system = 'tss'").update();

		assertThatThrownBy(() -> conservation.check(batchId)).isInstanceOf(ConservationViolation.class)
			.hasMessageContaining("graduates tss: " + staged + " records staged, 0 in the ledger");
	}

	@Test
	void listsConflictsWithBothSidesMaskedForTheSchoolToFix() {
		List<Conflict> conflicts = queries.conflicts(batchId);

		assertThat(conflicts).extracting(Conflict::differs)
			.containsExactlyInAnyOrder("gender", "status", "destination", "school");
		assertThat(conflicts).allSatisfy(c -> assertThat(c.person()).matches("[0-9]{6}[*]{12}"));
		assertThat(conflicts.toString()).doesNotContain(GENDER_CONFLICT).doesNotContain(STATUS_CONFLICT);
	}

	private Map<String, String> classes(String population, String system) {
		Map<String, String> byNumber = new TreeMap<>();
		String table = (system.equals("sms") ? "stg_sms_" : "stg_tss_")
				+ (population.equals("students") ? "student" : "graduate");
		jdbc.sql("""
				SELECT s.student_no_masked, s.line_no, l.class, array_to_string(l.conflicts, ',')
				FROM person_ledger l JOIN %s s ON s.file_id = l.file_id AND s.line_no = l.line_no
				WHERE l.population = :population AND l.system = :system""".formatted(table))
			.param("population", population)
			.param("system", system)
			.query((rs, n) -> byNumber.put(rs.getString(1) + "@" + rs.getLong(2),
					rs.getString(3) + (rs.getString(4).isEmpty() ? "" : ":" + rs.getString(4))))
			.list();
		return byLine(byNumber, population, system);
	}

	/**
	 * Re-keys the ledger classes by the unmasked student number the test wrote on each
	 * line.
	 */
	private Map<String, String> byLine(Map<String, String> byMaskedAndLine, String population, String system) {
		Map<String, String> result = new TreeMap<>();
		List<String> numbers = numbersByLine(population, system);
		byMaskedAndLine.forEach((key, value) -> result
			.put(numbers.get(Integer.parseInt(key.substring(key.indexOf('@') + 1)) - 2), value));
		return result;
	}

	private List<String> numbersByLine(String population, String system) {
		return switch (population + "/" + system) {
			case "students/sms" -> List.of("G" + MATCHED, "G" + GENDER_CONFLICT, "G" + SMS_ONLY_TECHNICAL,
					"G" + SMS_ONLY, "G" + TRANSFERRED, "J" + TRANSFERRED, "G" + STATUS_CONFLICT,
					"L" + TEMPORARY.substring(0, 17) + "1", "L000000000000000002", "G" + LEGACY_18);
			case "students/tss" -> List.of("T1", "T2", "T3", "T4", "T5", "T6");
			case "graduates/sms" -> List.of("G" + MATCHED, "G" + SMS_ONLY, "G" + SMS_ONLY_TECHNICAL,
					"G" + GENDER_CONFLICT, "G" + TRANSFERRED);
			default -> List.of("T1", "T7", "T8", "T9");
		};
	}

	private List<String> ledgerDump() {
		return jdbc
			.sql("""
					SELECT population || system || file_id || ':' || line_no || person_key || COALESCE(school_key, '') || class
					       || array_to_string(conflicts, ',') || COALESCE(open_at_snapshot::text, '') FROM person_ledger ORDER BY 1""")
			.query(String.class)
			.list();
	}

	private static Map<String, String> sorted(Map<String, String> map) {
		return new TreeMap<>(map);
	}

	private static String sms(String number, String documentType, String document, String school, String status,
			String changed) {
		return number + "," + documentType + "," + document + ",张同学,男,2007-01-01,汉族," + school
				+ ",660102,机械加工技术,2021,3,2022-09,2022级,机加2201," + (school.equals(REGULAR) ? "普通中专" : "技工学校") + ","
				+ status + "," + changed;
	}

	private static String tss(String number, String document, String gender, String school) {
		return number + ",张同学," + gender + "," + document + ",200701," + school
				+ ",0302-4,数控加工,中级工,3,2022-09-01,在校,,数控2201";
	}

	private static String toFullWidth(String text) {
		StringBuilder out = new StringBuilder();
		text.chars().forEach(c -> out.append((char) (c >= '0' && c <= '9' ? c + 0xFEE0 : c)));
		return out.toString();
	}

}
