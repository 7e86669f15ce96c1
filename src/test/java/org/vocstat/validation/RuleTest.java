package org.vocstat.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocstat.validation.ExportRows.STUDENT_ID;
import static org.vocstat.validation.ExportRows.TEACHER_ID;
import static org.vocstat.validation.ExportRows.of;
import static org.vocstat.validation.ExportRows.withWrongCheck;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.vocstat.ingest.qrp.QrpFiles;
import org.vocstat.ingest.sms.SmsFiles;
import org.vocstat.ingest.tss.TssFiles;

/**
 * Every validation rule, with a row of a real export file that passes it and a row that
 * breaks it: a broken REJECT rule quarantines the row with exactly that code, a broken
 * WARN rule loads it with exactly that warning.
 */
class RuleTest {

	/** Rules the row validator cannot produce, and the test that covers each. */
	private static final Set<Rule> COVERED_ELSEWHERE = EnumSet.of(Rule.CSV_COLUMNS, // RecordReaderTest
			Rule.CSV_QUOTE, // RecordReaderTest
			Rule.ENCODING, // RecordReaderTest
			Rule.CONTROL_CHARACTER, // RecordReaderTest, LoadQuarantineTest
			Rule.DUPLICATE_KEY, // RowSchemaKeyTest (key columns) and the load job tests
								// (SQL)
			Rule.REGION_OUTSIDE, // HierarchyTest (a school of another province in a
									// province batch)
			Rule.REGION_UNKNOWN, // HierarchyTest (a school of 330499, which GB/T 2260
									// does not have)
			// the spreadsheet reader's: SheetRecordsTest
			Rule.SHEET_ID_DIGITS_LOST, Rule.SHEET_DATE_CELL, Rule.SHEET_DATE_AS_NUMBER, Rule.SHEET_FORMULA_NO_VALUE,
			Rule.SHEET_ERROR_VALUE, Rule.SHEET_MERGED_CELLS, Rule.SHEET_HIDDEN_ROW, Rule.SHEET_COLUMNS,
			Rule.SHEET_FOOTER);

	/**
	 * One rule, a row that passes it (a boundary or accepted variant where there is one)
	 * and a row that breaks it.
	 */
	record RuleCase(Rule rule, String behaviour, ExportRows passing, ExportRows breaking) {

		@Override
		public String toString() {
			return rule + ": " + behaviour;
		}

	}

	static Stream<RuleCase> cases() {
		ExportRows student = of(SmsFiles.STUDENTS);
		ExportRows tssStudent = of(TssFiles.STUDENTS);
		ExportRows teacher = of(QrpFiles.TEACHERS);
		ExportRows satisfaction = of(QrpFiles.SATISFACTION);
		ExportRows region = of(QrpFiles.REGION);
		ExportRows training = of(QrpFiles.TRAINING);
		ExportRows conditions = of(QrpFiles.CONDITIONS);
		return Stream.of(
				new RuleCase(Rule.REQUIRED, "quarantines student whose name is blank", student,
						student.with("姓名", "  ")),
				new RuleCase(Rule.REQUIRED, "quarantines teacher row whose ID number is blank", teacher,
						teacher.with("身份证件号", "")),
				new RuleCase(Rule.ID_CHECKSUM, "quarantines row whose ID fails checksum", student,
						student.with("身份证件号", withWrongCheck(STUDENT_ID))),
				new RuleCase(Rule.ID_CHECKSUM, "quarantines tss row whose ID fails checksum", tssStudent,
						tssStudent.with("身份证号", "130402198207290622")),
				new RuleCase(Rule.ID_FORMAT, "quarantines row whose ID has 17 digits", student,
						student.with("身份证件号", STUDENT_ID.substring(0, 17))),
				new RuleCase(Rule.ID_FORMAT, "quarantines row whose ID has a letter inside", student,
						student.with("身份证件号", STUDENT_ID.substring(0, 10) + "A" + STUDENT_ID.substring(11))),
				new RuleCase(Rule.TEMPORARY_ID, "loads student with a registry-issued 999 number, warning", student,
						student.with("身份证件号", "999363304000100001")),
				new RuleCase(Rule.ID_IN_FIELD, "quarantines teacher whose 教师编号 is a resident ID", teacher,
						teacher.with("教师编号", TEACHER_ID)),
				new RuleCase(Rule.CODE_FORMAT, "quarantines row whose school code has 8 digits", student,
						student.with("学校标识码", "36330400")),
				new RuleCase(Rule.CODE_FORMAT, "quarantines tss row whose major code is not 4 digits and a level",
						tssStudent.with("专业编码", "0302"), tssStudent.with("专业编码", "0302-高级")),
				new RuleCase(Rule.DATE_INVALID, "quarantines row whose birth date is 2022-02-30",
						student.with("出生日期", "2007-05-05"), student.with("出生日期", "2022-02-30")),
				new RuleCase(Rule.DATE_INVALID, "quarantines row whose birth date has month 13",
						student.with("出生日期", "20070505"), student.with("出生日期", "20221301")),
				new RuleCase(Rule.DATE_INVALID, "quarantines row whose status date is 29 February of a common year",
						student.with("状态变动日期", "2024-02-29"), student.with("状态变动日期", "2023-02-29")),
				new RuleCase(Rule.DATE_INVALID, "quarantines row whose month of entry is 2022-13",
						student.with("入学年月", "202209"), student.with("入学年月", "2022-13")),
				new RuleCase(Rule.DATE_RANGE, "quarantines row whose status date lies in 1899",
						student.with("状态变动日期", "1900-01-01"), student.with("状态变动日期", "1899-12-31")),
				new RuleCase(Rule.DATE_RANGE, "quarantines row whose month of entry lies in 1899",
						student.with("入学年月", "1900-01"), student.with("入学年月", "189912")),
				new RuleCase(Rule.ENUM, "quarantines row whose gender is not 男 or 女", student, student.with("性别", "M")),
				new RuleCase(Rule.ENUM, "quarantines teacher whose 是否双师型 is not a boolean", teacher,
						teacher.with("是否双师型", "可能")),
				new RuleCase(Rule.NUMBER_FORMAT, "quarantines row whose 学制 is not a number", student,
						student.with("学制", "三年")),
				new RuleCase(Rule.NUMBER_FORMAT, "quarantines row whose 学制 is not whole", student,
						student.with("学制", "2.5")),
				new RuleCase(Rule.NUMBER_FORMAT, "quarantines training whose 学时 has two decimals",
						training.with("学时", "32.5"), training.with("学时", "32.25")),
				new RuleCase(Rule.NUMBER_RANGE, "quarantines row whose 学制 exceeds 5", student.with("学制", "5"),
						student.with("学制", "6")),
				new RuleCase(Rule.NUMBER_RANGE, "quarantines conditions whose area is negative",
						conditions.with("占地面积_学校产权(㎡)", "0"), conditions.with("占地面积_学校产权(㎡)", "-1")),
				new RuleCase(Rule.NUMBER_RANGE, "quarantines satisfaction whose sample count is negative", satisfaction,
						satisfaction.with("有效样本数", "-5")),
				new RuleCase(Rule.SCHOOL_UNKNOWN, "quarantines student of a school missing from the schools file",
						student, student.with("学校标识码", "3633999999")),
				new RuleCase(Rule.SCHOOL_UNKNOWN, "quarantines tss student of a school missing from the schools file",
						tssStudent, tssStudent.with("院校代码", "J330402999")),
				new RuleCase(Rule.MAJOR_UNKNOWN, "quarantines student whose major is not in the catalogue",
						student.with("专业代码", "770101"), student.with("专业代码", "999999")),
				new RuleCase(Rule.PERIOD_MISMATCH, "quarantines qrp row whose 学年 is not the batch's AY", satisfaction,
						satisfaction.with("学年", "2021")),
				new RuleCase(Rule.PERIOD_MISMATCH, "quarantines qrp row whose 年度 is the AY instead of AY+1", training,
						training.with("年度", "2022")),
				new RuleCase(Rule.REGION_MISMATCH, "quarantines a region row of another region than the batch's",
						region, region.with("区划代码", "330100")),
				new RuleCase(Rule.INCONSISTENT, "quarantines satisfaction whose 满意数 exceeds 有效样本数",
						satisfaction.with("满意数", "100"), satisfaction.with("满意数", "101")),
				new RuleCase(Rule.GENDER_ID_MISMATCH, "loads student whose gender contradicts the ID, warning", student,
						student.with("性别", "女")),
				new RuleCase(Rule.GENDER_ID_MISMATCH, "loads teacher whose gender contradicts the ID, warning", teacher,
						teacher.with("性别", "女")),
				new RuleCase(Rule.BIRTH_ID_MISMATCH, "loads student whose birth date contradicts the ID, warning",
						student, student.with("出生日期", "2007-05-06")),
				new RuleCase(Rule.BIRTH_ID_MISMATCH, "loads tss student whose birth month contradicts the ID, warning",
						tssStudent, tssStudent.with("出生年月", "200608")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void passingRowIsAcceptedWithoutFindings(RuleCase rule) {
		Verdict verdict = rule.passing().validate();

		assertThat(verdict.findings()).extracting(Finding::render).isEmpty();
		assertThat(verdict.accepted()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void breakingRowCarriesExactlyTheRuleCode(RuleCase rule) {
		Verdict verdict = rule.breaking().validate();

		assertThat(verdict.findings()).extracting(Finding::rule).containsExactly(rule.rule());
		if (rule.rule().severity() == Rule.Severity.REJECT) {
			assertThat(verdict.accepted()).isFalse();
			assertThat(verdict.rejections()).extracting(Finding::rule).containsExactly(rule.rule());
			assertThat(verdict.warnings()).isEmpty();
		}
		else {
			assertThat(verdict.accepted()).isTrue();
			assertThat(verdict.warnings()).extracting(Finding::rule).containsExactly(rule.rule());
			assertThat(verdict.rejections()).isEmpty();
		}
	}

	@Test
	void findingNamesTheColumnAndRendersTheRuleCode() {
		Verdict verdict = of(SmsFiles.STUDENTS).with("出生日期", "2022-02-30").validate();

		assertThat(verdict.findings()).singleElement()
			.satisfies(finding -> assertThat(finding.column()).isEqualTo("出生日期"))
			.satisfies(finding -> assertThat(finding.render()).startsWith("出生日期: ").endsWith(" [DATE_INVALID]"));
	}

	@Test
	void rowBreakingSeveralRulesCarriesEveryCode() {
		Verdict verdict = of(SmsFiles.STUDENTS).with("性别", "M")
			.with("学校标识码", "3633999999")
			.with("专业代码", "999999")
			.validate();

		assertThat(verdict.rejections()).extracting(Finding::rule)
			.containsExactlyInAnyOrder(Rule.ENUM, Rule.SCHOOL_UNKNOWN, Rule.MAJOR_UNKNOWN);
	}

	@Test
	void everyRuleIsCoveredByACaseHereOrByTheNamedTest() {
		Set<Rule> covered = cases().map(RuleCase::rule)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
		covered.addAll(COVERED_ELSEWHERE);

		assertThat(covered).as("add a RuleCase (or a test named in COVERED_ELSEWHERE) for every new Rule")
			.containsExactlyInAnyOrder(Rule.values());
		assertThat(cases().map(RuleCase::rule)).doesNotContainAnyElementsOf(COVERED_ELSEWHERE);
	}

	@Test
	void everyRuleHasADescriptionAndASeverity() {
		assertThat(List.of(Rule.values())).allSatisfy(rule -> {
			assertThat(rule.description()).isNotBlank();
			assertThat(rule.severity()).isNotNull();
		});
		assertThat(EnumSet.allOf(Rule.class).stream().filter(rule -> rule.severity() == Rule.Severity.WARN))
			.containsExactlyInAnyOrder(Rule.GENDER_ID_MISMATCH, Rule.BIRTH_ID_MISMATCH, Rule.TEMPORARY_ID);
	}

}
