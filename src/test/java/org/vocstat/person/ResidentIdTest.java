package org.vocstat.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.vocstat.person.ResidentId.Kind;

/**
 * Resident-ID normalisation and classification per GB 11643-1999, checked against the
 * published test vectors of {@code domain.md}, the untidy forms exports carry, legacy
 * 15-digit numbers and registry-issued temporary numbers.
 */
class ResidentIdTest {

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "440524188001010014", "120223198902021249" })
	void acceptsPublishedValidVectors(String vector) {
		ResidentId id = ResidentId.parse(vector);

		assertThat(id.kind()).isEqualTo(Kind.VALID);
		assertThat(id.normalised()).isEqualTo(vector);
		assertThat(ResidentId.checkCharacter(vector.substring(0, 17))).isEqualTo(vector.charAt(17));
	}

	@Test
	void rejectsPublishedInvalidVectorAsBadChecksum() {
		ResidentId id = ResidentId.parse("130402198207290622");

		assertThat(id.kind()).isEqualTo(Kind.BAD_CHECKSUM);
		assertThat(ResidentId.checkCharacter("13040219820729062")).isEqualTo('4');
		assertThat(id.kind().accepted()).isFalse();
		assertThat(id.kind().matchable()).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "00000000000000000, 1", "00000000000000006, 0", "00000000000000001, X", "00000000000000007, 9",
			"00000000000000002, 8", "00000000000000008, 7", "00000000000000003, 6", "00000000000000009, 5",
			"00000000000000004, 4", "60000000000000000, 3", "00000000000000005, 2" })
	void checkCharacterFollowsTheMod11Table(String first17, char expected) {
		// Each body's weighted sum hits a different remainder 0..10 of "10X98765432".
		assertThat(ResidentId.checkCharacter(first17)).isEqualTo(expected);
	}

	@Test
	void normalisesLowerCaseCheckCharacter() {
		ResidentId id = ResidentId.parse("11010519491231002x");

		assertThat(id.kind()).isEqualTo(Kind.VALID);
		assertThat(id.normalised()).isEqualTo("11010519491231002X");
	}

	@Test
	void normalisesFullWidthDigitsAndCheckCharacter() {
		ResidentId upper = ResidentId.parse("１１０１０５１９４９１２３１００２Ｘ");
		ResidentId lower = ResidentId.parse("１１０１０５１９４９１２３１００２ｘ");

		assertThat(upper).isEqualTo(new ResidentId("11010519491231002X", Kind.VALID));
		assertThat(lower).isEqualTo(upper);
	}

	@Test
	void dropsSurroundingAndInnerWhiteSpace() {
		ResidentId id = ResidentId.parse(" 440524 18800101 0014\u3000\u00A0\t");

		assertThat(id).isEqualTo(new ResidentId("440524188001010014", Kind.VALID));
	}

	@Test
	void upgradesFifteenDigitLegacyNumberByInsertingTheCenturyAndACheckCharacter() {
		ResidentId id = ResidentId.parse("440524800101001");

		assertThat(id.kind()).isEqualTo(Kind.UPGRADED_LEGACY);
		assertThat(id.normalised()).isEqualTo("44052419800101001" + ResidentId.checkCharacter("44052419800101001"));
		assertThat(ResidentId.parse(id.normalised()).kind()).isEqualTo(Kind.VALID);
		assertThat(id.kind().accepted()).isTrue();
		assertThat(id.kind().matchable()).isTrue();
	}

	@Test
	void upgradedLegacyNumberEqualsTheEighteenDigitNumberOfTheSamePerson() {
		ResidentId legacy = ResidentId.parse("１１０１０５ 491231002");

		assertThat(legacy.normalised()).isEqualTo("11010519491231002X");
	}

	@Test
	void classifiesRegistryTemporaryNumberThatFailsTheChecksumAsTemporary() {
		ResidentId id = ResidentId.parse("999363304000100001");

		assertThat(id.kind()).isEqualTo(Kind.TEMPORARY);
		assertThat(id.kind().accepted()).isTrue();
		assertThat(id.kind().matchable()).isFalse();
		assertThat(id.gender()).isNull();
		assertThat(id.birthDigits()).isNull();
	}

	@Test
	void classifiesTemporaryNumberAsTemporaryEvenWhenItsSerialHappensToPassTheChecksum() {
		assertThat(ResidentId.checkCharacter("99936330400010000")).isEqualTo('4');

		ResidentId id = ResidentId.parse("999363304000100004");

		assertThat(id.kind()).isEqualTo(Kind.TEMPORARY);
		assertThat(id.kind().matchable()).isFalse();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "12345", "11010519491231002", "110105194912310021X", "1101051949123100XX",
			"11010519491231002Y", "A1010519491231002X", "11010549123100X" })
	void classifiesOtherShapesAsMalformed(String raw) {
		ResidentId id = ResidentId.parse(raw);

		assertThat(id.kind()).isEqualTo(Kind.MALFORMED);
		assertThat(id.kind().accepted()).isFalse();
		assertThat(id.gender()).isNull();
		assertThat(id.birthDigits()).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "11010519491231002X, 女, 19491231", "440524188001010014, 男, 18800101",
			"120223198902021249, 女, 19890202", "440524800101001, 男, 19800101" })
	void readsGenderFromSeventeenthDigitAndBirthFromDigitsSevenToFourteen(String raw, String gender, String birth) {
		ResidentId id = ResidentId.parse(raw);

		assertThat(id.gender()).isEqualTo(gender);
		assertThat(id.birthDigits()).isEqualTo(birth);
	}

	@Test
	void badChecksumNumberYieldsNoGenderOrBirth() {
		ResidentId id = ResidentId.parse("130402198207290622");

		assertThat(id.gender()).isNull();
		assertThat(id.birthDigits()).isNull();
	}

	@Test
	void toStringShowsOnlyTheMaskedForm() {
		assertThat(ResidentId.parse("11010519491231002X")).hasToString("ResidentId[110105************, VALID]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "330402198001010137", "T330402198001010137", "330402-19800101-0137",
			"教师 ３３０４０２１９８００１０１０１３７", "330402800101013", "x330402198001010137330402198001010137" })
	void findsAResidentIdInsideOtherText(String text) {
		assertThat(ResidentId.occursIn(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "330402198001010138", "T2022001", "2022-09-01/2023-06-30", "000402198001010137",
			"330402801301013", "3304021980010101", "1234567890123456789012" })
	void findsNoResidentIdInCodesDatesAndNumbersThatAreNone(String text) {
		assertThat(ResidentId.occursIn(text)).isFalse();
	}

}
