package org.vocstat.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocstat.validation.ExportRows.HASHER;
import static org.vocstat.validation.ExportRows.STUDENT_ID;
import static org.vocstat.validation.ExportRows.TEACHER_ID;
import static org.vocstat.validation.ExportRows.of;
import static org.vocstat.validation.ExportRows.withWrongCheck;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.vocstat.ingest.qrp.QrpFiles;
import org.vocstat.ingest.sms.SmsFiles;
import org.vocstat.ingest.tss.TssFiles;

/**
 * Raw ID numbers, student numbers that embed them, and full names never reach a staged
 * value or a finding message: only keyed hashes and masked forms do, whether the row is
 * loaded or quarantined.
 */
class PersonalDataTest {

	@Test
	void stagesStudentIdentityOnlyAsHashAndMaskedForms() {
		ExportRows row = of(SmsFiles.STUDENTS);

		Verdict verdict = row.validate();

		assertThat(row.staged(verdict, "student_no_hash")).isEqualTo(HASHER.hashText("G" + STUDENT_ID));
		assertThat(row.staged(verdict, "student_no_masked")).isEqualTo("G330402************");
		assertThat(row.staged(verdict, "id_hash")).isEqualTo(HASHER.hashText(STUDENT_ID));
		assertThat(row.staged(verdict, "id_masked")).isEqualTo("330402************");
		assertThat(row.staged(verdict, "name_masked")).isEqualTo("张*明");
	}

	@Test
	void stagesTwoCharacterNameWithItsSecondCharacterMasked() {
		ExportRows row = of(TssFiles.STUDENTS);

		assertThat(row.staged(row.validate(), "name_masked")).isEqualTo("李*");
	}

	@Test
	void stagesEveryWinnerOfATeamMasked() {
		ExportRows row = of(QrpFiles.AWARDS).with("获奖人", "张三明、李四，王五六;欧阳明月");

		assertThat(row.staged(row.validate(), "winner_masked")).isEqualTo("张*明、李*、王*六、欧**月");
	}

	@Test
	void quarantinedIdentityIsNamedOnlyByItsMaskedForm() {
		ExportRows badChecksum = of(QrpFiles.TEACHERS).with("身份证件号", withWrongCheck(TEACHER_ID));
		ExportRows malformed = of(QrpFiles.TEACHERS).with("身份证件号", TEACHER_ID + "7");

		Verdict checksum = badChecksum.validate();
		Verdict format = malformed.validate();

		assertThat(checksum.findings()).singleElement()
			.satisfies(f -> assertThat(f.render()).contains("330402************")
				.doesNotContain(withWrongCheck(TEACHER_ID).substring(14)));
		assertThat(format.findings()).extracting(Finding::rule).containsExactly(Rule.ID_FORMAT);
	}

	@Test
	void warningsAboutGenderAndBirthDoNotRepeatTheId() {
		ExportRows row = of(SmsFiles.STUDENTS).with("性别", "女").with("出生日期", "2007-06-05");

		Verdict verdict = row.validate();

		assertThat(verdict.warnings()).extracting(Finding::rule)
			.containsExactlyInAnyOrder(Rule.GENDER_ID_MISMATCH, Rule.BIRTH_ID_MISMATCH);
		assertThat(verdict.findings()).extracting(Finding::render).noneMatch(text -> text.contains("20070505"));
	}

	@Test
	void rejectedRowStillStagesNoRawPersonalValue() {
		ExportRows row = of(SmsFiles.STUDENTS).with("学校标识码", "3633999999").with("性别", "X");

		Verdict verdict = row.validate();

		assertThat(verdict.accepted()).isFalse();
		assertThat(Arrays.asList(verdict.values())).contains(HASHER.hashText(STUDENT_ID), "张*明");
	}

	@Test
	void malformedStudentNumberIsNotRepeatedInTheFindingMessage() {
		ExportRows row = of(SmsFiles.STUDENTS).with("学籍号", "A" + STUDENT_ID);

		Verdict verdict = row.validateUnchecked();

		assertThat(verdict.rejections()).extracting(Finding::rule).containsExactly(Rule.CODE_FORMAT);
		row.assertNoPersonalData(verdict);
	}

	@Test
	void valuesInTheWrongColumnAreRedactedInEveryMessage() {
		ExportRows swapped = of(SmsFiles.STUDENTS).with("性别", "欧阳娜娜")
			.with("出生日期", "330402200703150214")
			.with("学校标识码", "33040220070315021X");

		Verdict verdict = swapped.validate();

		String messages = verdict.findings().stream().map(Finding::render).reduce("", String::concat);
		assertThat(verdict.accepted()).isFalse();
		assertThat(messages).doesNotContain("欧阳娜娜")
			.doesNotContain("330402200703150214")
			.doesNotContain("33040220070315021X")
			.contains("欧**娜");
	}

	@Test
	void messagesQuoteTheFilesVocabularyUnmaskedAndNamesMasked() {
		ExportRows swapped = of(SmsFiles.STUDENTS).with("性别", "普通中专").with("学籍状态", "司马欧阳春");

		String messages = swapped.validate().findings().stream().map(Finding::render).reduce("", String::concat);

		assertThat(messages).contains("'普通中专' is not one of 男/女", "'司***春' is not one of").doesNotContain("欧阳");
	}

	@Test
	void stagesTheBirthMonthOnlyAndTheIdWithoutItsBirthDate() {
		ExportRows row = of(SmsFiles.STUDENTS);

		Verdict verdict = row.validate();

		assertThat(row.staged(verdict, "birth_month")).hasToString("2007-05-01");
		assertThat(Arrays.asList(verdict.values())).noneMatch(value -> String.valueOf(value).contains("20070505"))
			.noneMatch(value -> String.valueOf(value).contains(STUDENT_ID.substring(6)));
	}

	@Test
	void stagesTwoCharacterNamesPaddedWithSpacesAsTwoCharacterNames() {
		ExportRows padded = of(TssFiles.STUDENTS).with("姓名", "王\u3000芳");
		ExportRows spaced = of(SmsFiles.STUDENTS).with("姓名", "王 芳");
		ExportRows controlled = of(SmsFiles.STUDENTS).with("姓名", "张\u0000三");

		assertThat(padded.staged(padded.validate(), "name_masked")).isEqualTo("王*");
		assertThat(spaced.staged(spaced.validate(), "name_masked")).isEqualTo("王*");
		assertThat(controlled.staged(controlled.validateUnchecked(), "name_masked")).isEqualTo("张*");
	}

	@Test
	void quarantinesAResidentIdUsedAsAnotherFieldWithoutQuotingIt() {
		ExportRows staffNumber = of(QrpFiles.TEACHERS).with("教师编号", TEACHER_ID);
		ExportRows dashed = of(QrpFiles.TEACHERS).with("教师编号",
				"T-" + TEACHER_ID.substring(0, 6) + "-" + TEACHER_ID.substring(6));

		for (ExportRows row : new ExportRows[] { staffNumber, dashed }) {
			Verdict verdict = row.validate();

			assertThat(verdict.rejections()).extracting(Finding::rule).containsExactly(Rule.ID_IN_FIELD);
			assertThat(verdict.findings()).extracting(Finding::render)
				.noneMatch(text -> text.contains(TEACHER_ID.substring(6)));
		}
		assertThat(of(QrpFiles.TEACHERS).with("教师编号", withWrongCheck(TEACHER_ID)).validate().accepted())
			.as("18 digits that are no ID (wrong check character) stay a staff number")
			.isTrue();
	}

	@Test
	void quotesAnInvalidBirthDateOrMonthWithoutItsDay() {
		String[][] cases = { { "出生日期", "2007.07.25", "2007.07.**" }, { "出生日期", "2007-7-25", "2007-7-**" },
				{ "出生日期", "2007年7月25日", "2007年7月**日" }, { "出生日期", "2007-02-30", "2007-02-**" } };
		for (String[] c : cases) {
			assertThat(messages(of(SmsFiles.STUDENTS).with(c[0], c[1]))).contains("'" + c[2] + "'")
				.doesNotContain(c[1]);
		}
		assertThat(messages(of(TssFiles.STUDENTS).with("出生年月", "2007-07-25"))).contains("'2007-07-**' is not a month")
			.doesNotContain("2007-07-25");
		assertThat(messages(of(QrpFiles.TEACHERS).with("出生年月", "19800101"))).contains("'198001**' is not a month");
	}

	private static String messages(ExportRows row) {
		return row.validateUnchecked().findings().stream().map(Finding::render).reduce("", String::concat);
	}

}
