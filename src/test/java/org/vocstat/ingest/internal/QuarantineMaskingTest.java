package org.vocstat.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.vocstat.ingest.FileKind;
import org.vocstat.ingest.HeaderAliases;
import org.vocstat.ingest.HeaderMapping;

/**
 * A quarantined row shows no ID, student number, name or birth day, wherever they stand
 * in the row (in their column, shifted into another, or in a row split on the wrong
 * commas), while the file's vocabulary, codes, numbers and dates stay readable.
 */
class QuarantineMaskingTest {

	private static final String SMS_HEADER = "学籍号,身份证件类型,身份证件号,姓名,性别,出生日期,民族,学校标识码,专业代码,专业名称,专业目录版本,学制,入学年月,年级,班级,学生类型,学籍状态,状态变动日期";

	private static final String TEACHER_HEADER = "教师编号,学校代码,学年,姓名,身份证件号,性别,出生年月,教师类型,最高学历,专业技术职务,任教类别,是否双师型,荣誉称号";

	private final QuarantineMasking sms = masking(FileKind.SMS_STUDENTS, SMS_HEADER);

	private final QuarantineMasking teachers = masking(FileKind.QRP_TEACHERS, TEACHER_HEADER);

	@Test
	void masksEveryPersonalFieldInItsColumnAndLeavesTheRestReadable() {
		String row = "G330326200707254075,居民身份证,330326200707254075,司马欧阳春,男,2007-07-25,汉族,3633000312,630102,"
				+ "输配电线路施工与运行,2021,3,2022-09,2022级,22级输配1班,普通中专,在籍,";

		assertThat(sms.render(row.split(",", -1), row))
			.isEqualTo("G330326************,居民身份证,330326************,司***春,男,"
					+ "2007-07-**,汉族,3633000312,630102,输配电线路施工与运行,2021,3,2022-09,2022级,22级输配1班,普通中专,在籍,");
	}

	@Test
	void masksIdsWrittenWithSeparatorsInTheirColumn() {
		String row = "G330482200708222258,居民身份证,330482  200708222258,李四,男,2007-08-22,汉族,3633000312,630102,,2021,3,"
				+ "2022-09,,,普通中专,在籍,";

		assertThat(sms.render(row.split(",", -1), row)).startsWith("G330482************,居民身份证,330482************,李*,");
	}

	@Test
	void masksPersonalDataThatShiftedIntoOtherColumns() {
		String row = "G330411200706236829,居民身份证,330411.200706236829,ZHANG Wei,司马欧阳春,330482  200708222258,2007-06-23,"
				+ "汉族,3633000312,630102,焊接加工,2021,3,2022-09,2022级,22级焊接1班,普通中专,在籍,";

		String masked = sms.render(row.split(",", -1), row);

		assertThat(masked).doesNotContain("200706236829", "200708222258", "ZHANG", "Wei", "欧阳", "2007-06-23")
			.contains("330411************", "330482************", "Z******i", "司***春", "2007-06-**")
			.contains(",汉族,3633000312,630102,", ",普通中专,在籍,", "2022-09");
	}

	@Test
	void leavesTheFilesVocabularyUnmaskedInAnyColumn() {
		String row = "G330326200707254075,居民身份证,330326200707254075,在籍,普通中专,2007-07-25,男";

		assertThat(sms.render(row.split(",", -1), row)).endsWith(",在籍,普通中专,2007-07-**,男");
	}

	@Test
	void masksARowThatCouldNotBeSplit() {
		String text = "\"G330326200707254075,居民身份证,330326 2007 0725 4075,欧阳娜娜,女,20070725";

		assertThat(sms.render(null, text)).isEqualTo("\"G330326************,居民身份证,330326************,欧**娜,女,200707**");
	}

	@Test
	void masksTwoCharacterNamesPaddedWithSpacesWhereverTheyStand() {
		String row = "G330326200707254075,居民身份证,330326200707254075,王\u3000芳,男,2007-07-25,王 芳,3633000312";

		assertThat(sms.render(row.split(",", -1), row)).contains(",王*,", ",王*,3633000312").doesNotContain("芳");
	}

	@Test
	void masksIdsAndNamesWithControlCharactersInside() {
		String row = "G330326200707254075,居民身份证,330482200708\u0001222258,张\u0000三,男,2007-07-25,330482200708␁222258,"
				+ "张␀三,630102,,2021,3,2022-09,,,普通中专,在籍,";

		String masked = sms.render(row.split(",", -1), row);

		assertThat(masked)
			.startsWith("G330326************,居民身份证,330482************,张*,男,2007-07-**,330482************,张*,")
			.doesNotContain("222258", "三");
	}

	@Test
	void showsTheBirthColumnWithoutItsDayInAnyForm() {
		for (String birth : new String[] { "2007.07.25", "2007-7-25", "2007年7月25日", "20070725" }) {
			String row = "G330326200707254075,居民身份证,330326200707254075,李四,男," + birth + ",汉族,3633000312,630102,,2021,3,"
					+ "2022-09,,,普通中专,在籍,";

			assertThat(sms.render(row.split(",", -1), row)).as(birth)
				.doesNotContain(birth)
				.doesNotContain("25,汉族")
				.containsPattern(",2007\\D?0?7\\D?\\*\\*\\D?,汉族,");
		}
	}

	@Test
	void hidesTheDayOfEveryDateInAShiftedRowOfAFileWithABirthColumn() {
		String row = "T-1,3633000312,2022,李四,330326200707254075,男,1980.01.15,1980-1-15,1980年1月15日,19800115,专任教师";

		String masked = teachers.render(row.split(",", -1), row);

		assertThat(masked).contains(",1980.01.**,1980-1-**,1980年1月**日,198001**,").doesNotContain("15");
	}

	@Test
	void showsAStaffNumberThatIsAnIdAsAMaskedId() {
		String row = "330326200707254075,3633000312,2022,李四,330326200707254075,男,1980-01,专任教师,本科,讲师,专业课,是,";

		assertThat(teachers.render(row.split(",", -1), row))
			.startsWith("330326************,3633000312,2022,李*,330326************,");
	}

	private static QuarantineMasking masking(FileKind kind, String header) {
		return new QuarantineMasking(HeaderMapping.resolve(kind, header.split(","), HeaderAliases.load(null)));
	}

}
