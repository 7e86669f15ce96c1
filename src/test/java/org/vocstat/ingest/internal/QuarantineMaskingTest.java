package org.vocstat.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.vocstat.ingest.FileKind;
import org.vocstat.ingest.HeaderAliases;
import org.vocstat.ingest.HeaderMapping;

/**
 * A quarantined row shows no ID, student number, name or birth day, wherever they stand in the row (in their column,
 * shifted into another, or in a row split on the wrong commas), while the file's vocabulary, codes, numbers and
 * dates stay readable.
 */
class QuarantineMaskingTest {

	private static final String SMS_HEADER = "学籍号,身份证件类型,身份证件号,姓名,性别,出生日期,民族,学校标识码,专业代码,专业名称,专业目录版本,学制,入学年月,年级,班级,学生类型,学籍状态,状态变动日期";

	private final QuarantineMasking sms = masking(FileKind.SMS_STUDENTS, SMS_HEADER);

	@Test
	void masksEveryPersonalFieldInItsColumnAndLeavesTheRestReadable() {
		String row = "G330326200707254075,居民身份证,330326200707254075,司马欧阳春,男,2007-07-25,汉族,3633000312,630102,"
				+ "输配电线路施工与运行,2021,3,2022-09,2022级,22级输配1班,普通中专,在籍,";

		assertThat(sms.render(row.split(",", -1), row)).isEqualTo("G330326************,居民身份证,330326************,司***春,男,"
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
			.contains("330411************", "330482************", "Z*******i", "司***春", "2007-06-**")
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

	private static QuarantineMasking masking(FileKind kind, String header) {
		return new QuarantineMasking(HeaderMapping.resolve(kind, header.split(","), HeaderAliases.load(null)));
	}

}
