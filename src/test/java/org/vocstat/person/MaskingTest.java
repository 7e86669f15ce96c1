package org.vocstat.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Display forms of personal data: an ID keeps its 6-digit area code and nothing of the
 * birth date, sequence or check character, a student number its leading letter too, a
 * name its first and (from three characters on) its last character; free text is masked
 * where it looks like an ID or a name and nowhere else.
 */
class MaskingTest {

	@Test
	void masksIdAfterItsAreaCode() {
		assertThat(Masking.maskId("33040219800101123X")).isEqualTo("330402************").hasSize(18);
	}

	@Test
	void masksStudentNumberAfterItsLetterAndAreaCode() {
		assertThat(Masking.maskStudentNumber("G33040219800101123X")).isEqualTo("G330402************");
		assertThat(Masking.maskStudentNumber("J363300031222000002")).isEqualTo("J363300************");
		assertThat(Masking.maskStudentNumber("20220030001")).isEqualTo("202200*****");
		assertThat(Masking.maskStudentNumber("T2022001")).isEqualTo("T*******");
	}

	@Test
	void masksShortDocumentNumbersCompletely() {
		assertThat(Masking.maskId("E12345678")).isEqualTo("*********");
		assertThat(Masking.maskId("1234567890")).isEqualTo("**********");
	}

	@Test
	void masksMissingIdAsEmpty() {
		assertThat(Masking.maskId(null)).isEmpty();
		assertThat(Masking.maskId("")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "张三明, 张*明", "李四, 李*", "王, *", "欧阳明月, 欧**月", "' 张三明 ', 张*明", "Li Lei, L***i" })
	void masksNameKeepingFirstAndLastCharacter(String name, String masked) {
		assertThat(Masking.maskName(name)).isEqualTo(masked);
	}

	@Test
	void masksNameOfSupplementaryCharactersByCodePoint() {
		assertThat(Masking.maskName("𠀀𠀁𠀂")).isEqualTo("𠀀*𠀂");
	}

	@Test
	void masksMissingNameAsEmpty() {
		assertThat(Masking.maskName(null)).isEmpty();
		assertThat(Masking.maskName("   ")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "330482  200708222258|330482************", "330411.200706236829|330411************",
					"330402-2007-0315-021X|330402************", "３３０４０２／２００７０３１５０２１Ｘ|330402************",
					"330402 20070315 021|330402***********", "身份证 330402200703150214 有误|身份证 330402************ 有误" })
	void redactsIdsWithAnySeparators(String text, String redacted) {
		assertThat(Masking.redact(text)).isEqualTo(redacted);
	}

	@ParameterizedTest
	@CsvSource({ "司马欧阳春, 司***春", "欧阳娜娜, 欧**娜", "李四, 李*", "阿依古丽·买买提, 阿******提", "ZHANG Wei, Z******i", "Li Lei, L***i",
			"Zhangwei, Z******i", "'  王五六 ', 王*六" })
	void redactsNamesOfAnyLengthAndScript(String text, String redacted) {
		assertThat(Masking.redact(text)).isEqualTo(redacted);
	}

	@ParameterizedTest
	@CsvSource({ "2022-09-01", "20220901", "2022-09-01/2023-06-30", "3633000312", "J330411001", "0106-4",
			"1,234,567.50", "嘉兴市职业技术学校", "输配电线路施工与运行", "焊接加工", "22级输配1班", "2022级", "汉族", "T2022001", "Y", "ABC",
			"中等专业学校" })
	void passesCodesDatesNumbersAndLongerText(String text) {
		assertThat(Masking.redact(text)).isEqualTo(text);
	}

	@Test
	void passesTheFilesVocabularyUnmasked() {
		Set<String> vocabulary = Set.of("在籍", "普通中专", "男");

		assertThat(Masking.redact("在籍", vocabulary::contains)).isEqualTo("在籍");
		assertThat(Masking.redact(" 普通中专", vocabulary::contains)).isEqualTo(" 普通中专");
		assertThat(Masking.redact("在籍")).as("without the vocabulary a short word reads as a name").isEqualTo("在*");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "王\u3000芳|王*", "王 芳|王*", "王\u00A0芳|王*", "\u3000王\u3000芳\u3000|王*",
			"司马 欧阳春|司***春", "张\u0000三|张*", "张␀三|张*", "ZHANG\u3000Wei|Z******i" })
	void countsANameWithoutTheSpacesAndControlsInsideIt(String name, String masked) {
		assertThat(Masking.maskName(name)).isEqualTo(masked);
		assertThat(Masking.redact(name)).as("free text").isEqualTo(masked);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "330482200708\u0001222258|330482************",
			"330482200708␁222258|330482************", "330482\u0000200708222258|330482************" })
	void masksIdsWithControlCharactersInside(String text, String redacted) {
		assertThat(Masking.redact(text)).isEqualTo(redacted);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "3304822007082222583304112007062368|330482****************************",
					"330482200708222258 330411200706236829|330482******************************",
					"1234567890123456789|123456*************" })
	void masksEveryLongRunOfDigitsAfterItsFirstSix(String text, String redacted) {
		assertThat(Masking.redact(text)).isEqualTo(redacted);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "2007-07-25|2007-07-**", "20070725|200707**", "2007/07/25|2007/07/**", "2007.07.25|2007.07.**",
					"2007-7-25|2007-7-**", "2007年7月25日|2007年7月**日", "２００７．０７．２５|２００７．０７．**", "2007-07|2007-07",
					"330402200703150214|330402************", "不详|不详" })
	void showsABirthDateWithoutItsDayInAnyForm(String text, String shown) {
		assertThat(BirthMasking.maskBirth(text)).isEqualTo(shown);
	}

}
