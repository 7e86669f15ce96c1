package org.vocstat.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocstat.validation.ExportRows.HASHER;
import static org.vocstat.validation.ExportRows.STUDENT_ID;
import static org.vocstat.validation.ExportRows.of;
import static org.vocstat.validation.ExportRows.residentId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.vocstat.ingest.qrp.QrpFiles;
import org.vocstat.ingest.sms.SmsFiles;
import org.vocstat.person.ResidentId;

/**
 * Values that {@code formats.md} calls untidy but valid are normalised and loaded, not
 * quarantined: ID numbers with a lower-case check character, full-width digits or inner
 * spaces, 15-digit legacy numbers, thousands separators, alternative date and month
 * formats, and every accepted spelling of a boolean.
 */
class NormalisationTest {

	/** Born 2007-05-05, male, check character X. */
	private static final String ID_ENDING_IN_X = residentId("330402", "20070505", "009");

	@Test
	void acceptsLowerCaseCheckCharacterAndHashesTheUpperCaseForm() {
		assertThat(ID_ENDING_IN_X).endsWith("X");
		ExportRows row = of(SmsFiles.STUDENTS).with("身份证件号", ID_ENDING_IN_X.toLowerCase());

		Verdict verdict = row.validate();

		assertThat(verdict.findings()).isEmpty();
		assertThat(row.staged(verdict, "id_kind")).isEqualTo("VALID");
		assertThat(row.staged(verdict, "id_hash")).isEqualTo(HASHER.hashText(ID_ENDING_IN_X));
		assertThat(row.staged(verdict, "id_masked")).isEqualTo("330402************");
	}

	@Test
	void acceptsIdWithFullWidthDigitsAndInnerSpaces() {
		String untidy = " " + fullWidth(STUDENT_ID.substring(0, 6)) + " " + STUDENT_ID.substring(6, 14) + "\u3000"
				+ fullWidth(STUDENT_ID.substring(14)) + " ";
		ExportRows row = of(SmsFiles.STUDENTS).with("身份证件号", untidy);

		Verdict verdict = row.validate();

		assertThat(verdict.findings()).isEmpty();
		assertThat(row.staged(verdict, "id_kind")).isEqualTo("VALID");
		assertThat(row.staged(verdict, "id_hash")).isEqualTo(HASHER.hashText(STUDENT_ID));
	}

	@Test
	void upgradesFifteenDigitLegacyTeacherIdAndHashesItAsTheEighteenDigitNumber() {
		String legacy = "330402750505031";
		String upgraded = residentId("330402", "19750505", "031");
		ExportRows row = of(QrpFiles.TEACHERS).with("身份证件号", legacy).with("出生年月", "1975-05").with("性别", "男");

		Verdict verdict = row.validate();

		assertThat(verdict.findings()).isEmpty();
		assertThat(row.staged(verdict, "id_kind")).isEqualTo("UPGRADED_LEGACY");
		assertThat(row.staged(verdict, "id_hash")).isEqualTo(HASHER.hashText(upgraded))
			.isEqualTo(HASHER.hash(ResidentId.parse(upgraded)));
		assertThat(row.staged(verdict, "id_masked")).isEqualTo(upgraded.substring(0, 6) + "************");
	}

	@Test
	void legacyIdIsStillCheckedAgainstGenderAndBirthMonth() {
		ExportRows row = of(QrpFiles.TEACHERS).with("身份证件号", "330402750505031").with("出生年月", "1975-06");

		assertThat(row.validate().warnings()).extracting(Finding::rule).containsExactly(Rule.BIRTH_ID_MISMATCH);
	}

	@Test
	void acceptsPassportInSmsStudentsAsOtherDocumentWithoutChecksum() {
		ExportRows row = of(SmsFiles.STUDENTS).with("身份证件类型", "护照").with("身份证件号", "e12345678");

		Verdict verdict = row.validate();

		assertThat(verdict.findings()).isEmpty();
		assertThat(row.staged(verdict, "id_kind")).isEqualTo(PersonKey.OTHER_DOCUMENT);
		assertThat(row.staged(verdict, "id_hash")).isEqualTo(HASHER.hashText("E12345678"));
		assertThat(row.staged(verdict, "id_masked")).isEqualTo("*********");
	}

	@Test
	void acceptsResidencePermitWhoseNumberWouldFailTheResidentIdChecksum() {
		String permit = ExportRows.withWrongCheck(residentId("810000", "20070505", "031"));
		ExportRows row = of(SmsFiles.STUDENTS).with("身份证件类型", "港澳台居民居住证").with("身份证件号", permit);

		Verdict verdict = row.validate();

		assertThat(verdict.findings()).as("never checksum-validated, never cross-checked with 性别/出生日期").isEmpty();
		assertThat(row.staged(verdict, "id_kind")).isEqualTo(PersonKey.OTHER_DOCUMENT);
		assertThat(row.staged(verdict, "id_hash")).isEqualTo(HASHER.hashText(permit));
	}

	@Test
	void acceptsThousandsSeparatorsAndFullWidthDigitsInNumbers() {
		ExportRows row = of(QrpFiles.CONDITIONS).with("纸质图书(册)", "1,234,567")
			.with("占地面积_学校产权(㎡)", "１２，３４５.６７")
			.with("教学科研仪器设备资产值(万元)", "1,000");

		Verdict verdict = row.validate();

		assertThat(verdict.findings()).isEmpty();
		assertThat(row.staged(verdict, "books")).isEqualTo(1_234_567L);
		assertThat(row.staged(verdict, "land_owned")).isEqualTo(new BigDecimal("12345.67"));
		assertThat((BigDecimal) row.staged(verdict, "equipment_value")).isEqualByComparingTo("1000");
	}

	@Test
	void acceptsFullWidthDigitsInWholeNumbersAndYears() {
		ExportRows row = of(QrpFiles.SATISFACTION).with("学年", "２０２２").with("有效样本数", "１，２００").with("满意数", "１１９９");

		Verdict verdict = row.validate();

		assertThat(verdict.findings()).isEmpty();
		assertThat(row.staged(verdict, "academic_year")).isEqualTo(2022L);
		assertThat(row.staged(verdict, "samples")).isEqualTo(1200L);
		assertThat(row.staged(verdict, "satisfied")).isEqualTo(1199L);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2007-05-05", "20070505", "2007/05/05", "２００７－０５－０５" })
	void acceptsEveryDateFormatOfTheContract(String birth) {
		ExportRows row = of(SmsFiles.STUDENTS).with("出生日期", birth);

		Verdict verdict = row.validate();

		assertThat(verdict.findings()).isEmpty();
		assertThat(row.staged(verdict, "birth_month")).as("the day is checked against the ID, and not kept")
			.isEqualTo(LocalDate.of(2007, 5, 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2022-09", "202209" })
	void acceptsEveryMonthFormatOfTheContractAsTheFirstDay(String month) {
		ExportRows row = of(SmsFiles.STUDENTS).with("入学年月", month);

		Verdict verdict = row.validate();

		assertThat(verdict.findings()).isEmpty();
		assertThat(row.staged(verdict, "entry_month")).isEqualTo(LocalDate.of(2022, 9, 1));
	}

	@ParameterizedTest
	@CsvSource({ "是, true", "否, false", "Y, true", "N, false", "1, true", "0, false", "y, true", "n, false" })
	void acceptsEveryBooleanSpellingOfTheContract(String text, boolean expected) {
		ExportRows teacher = of(QrpFiles.TEACHERS).with("是否双师型", text);
		ExportRows school = of(QrpFiles.SCHOOLS).with("是否技工院校", text);

		Verdict teacherVerdict = teacher.validate();
		Verdict schoolVerdict = school.validate();

		assertThat(teacherVerdict.findings()).isEmpty();
		assertThat(teacher.staged(teacherVerdict, "dual_qualified")).isEqualTo(expected);
		assertThat(schoolVerdict.findings()).isEmpty();
		assertThat(school.staged(schoolVerdict, "is_technical")).isEqualTo(expected);
	}

	@Test
	void splitsDesignationListsOnHalfAndFullWidthSemicolons() {
		ExportRows row = of(QrpFiles.SCHOOLS).with("称号", "国家改革发展示范学校；浙江省中职名校; 浙江省高水平中职学校建设单位");

		Verdict verdict = row.validate();

		assertThat(row.staged(verdict, "designations")).isEqualTo(List.of("国家改革发展示范学校", "浙江省中职名校", "浙江省高水平中职学校建设单位"));
	}

	@Test
	void foldsFullWidthAndLowerCaseCodes() {
		ExportRows row = of(SmsFiles.STUDENTS).with("学校标识码", fullWidth(ExportRows.SMS_SCHOOL))
			.with("学籍号", "g" + STUDENT_ID);

		Verdict verdict = row.validate();

		assertThat(verdict.findings()).isEmpty();
		assertThat(row.staged(verdict, "school_code")).isEqualTo(ExportRows.SMS_SCHOOL);
		assertThat(row.staged(verdict, "student_no_hash")).isEqualTo(HASHER.hashText("G" + STUDENT_ID));
	}

	@Test
	void leavesOptionalBlankFieldsNullWithoutFinding() {
		ExportRows row = of(SmsFiles.STUDENTS).with("学制", " ").with("状态变动日期", "");

		Verdict verdict = row.validate();

		assertThat(verdict.findings()).isEmpty();
		assertThat(row.staged(verdict, "duration_years")).isNull();
		assertThat(row.staged(verdict, "status_changed")).isNull();
	}

	private static String fullWidth(String ascii) {
		StringBuilder out = new StringBuilder();
		ascii.chars().forEach(c -> out.append((char) (c + 0xFEE0)));
		return out.toString();
	}

	/**
	 * The digit-by-digit reading of the usual date shapes decides exactly as the
	 * contract's formatters do, valid or not: every day of a leap and a common year,
	 * impossible days and months, and near-misses of each shape.
	 */
	@Test
	void readsEveryDateExactlyAsTheContractsFormattersDo() {
		List<DateTimeFormatter> contract = Stream.of("uuuu-MM-dd", "uuuuMMdd", "uuuu/MM/dd")
			.map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT))
			.toList();
		List<String> candidates = new ArrayList<>();
		for (int year : new int[] { 1900, 2000, 2023, 2024 }) {
			for (int month = 0; month <= 13; month++) {
				for (int day = 0; day <= 32; day++) {
					String y = String.valueOf(year);
					String m = String.format("%02d", month);
					String d = String.format("%02d", day);
					candidates
						.addAll(List.of(y + "-" + m + "-" + d, y + m + d, y + "/" + m + "/" + d, y + "-" + m + "/" + d,
								y + "/" + m + "-" + d, y + "-" + month + "-" + day, y + "." + m + "." + d));
				}
			}
		}
		candidates.addAll(List.of("", "2024-02-2", "2024-02-290", "202402290", "2024022", "20240229 ", "2O240229",
				"+2024-02-29", "-002-02-29", "12024-02-29", "2024-0a-01", "abcdefgh", "2024--2-01"));
		for (String text : candidates) {
			LocalDate expected = contract.stream().map(format -> {
				try {
					return LocalDate.parse(text, format);
				}
				catch (DateTimeParseException ex) {
					return null;
				}
			}).filter(Objects::nonNull).findFirst().orElse(null);
			assertThat(DateFields.parseDate(text)).as(text).isEqualTo(expected);
		}
	}

	/**
	 * Months are read as the contract's pattern {@code YYYY-?MM} reads them, valid or
	 * not.
	 */
	@Test
	void readsEveryMonthExactlyAsTheContractsPatternDoes() {
		Pattern contract = Pattern.compile("(\\d{4})-?(\\d{2})");
		List<String> candidates = new ArrayList<>(List.of("", "2022", "2022-9", "20229", "2022-009", "2022--09",
				"2022/09", "+2022-09", "202209 ", "2O22-09", "12022-09", "2022-0a", "0000-01", "-02209"));
		for (int month = 0; month <= 13; month++) {
			String m = String.format("%02d", month);
			candidates.addAll(List.of("2022-" + m, "2022" + m, "1900" + m, "2022-" + month));
		}
		for (String text : candidates) {
			Matcher matcher = contract.matcher(text);
			int month = matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
			LocalDate expected = month < 1 || month > 12 ? null
					: LocalDate.of(Integer.parseInt(matcher.group(1)), month, 1);
			assertThat(DateFields.parseMonth(text)).as(text).isEqualTo(expected);
		}
	}

}
