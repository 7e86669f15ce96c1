package org.vocstat.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Display forms of personal data: an ID keeps its 6-digit area code and last four characters, a name its first and
 * (from three characters on) its last character.
 */
class MaskingTest {

	@Test
	void masksIdBetweenAreaCodeAndLastFourCharacters() {
		assertThat(Masking.maskId("33040219800101123X")).isEqualTo("330402********123X");
	}

	@Test
	void masksStudentNumberTheSameWay() {
		assertThat(Masking.maskId("G33040219800101123X")).isEqualTo("G33040*********123X");
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
	@CsvSource({ "张三明, 张*明", "李四, 李*", "王, *", "欧阳明月, 欧**月", "' 张三明 ', 张*明", "Li Lei, L****i" })
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

}
