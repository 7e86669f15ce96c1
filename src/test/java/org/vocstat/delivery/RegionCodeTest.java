package org.vocstat.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Region codes of GB/T 2260's shape, and the range of academic years, as every command
 * and manifest checks them.
 */
class RegionCodeTest {

	@Test
	void provincesCitiesCountiesAndTheCountryAreRegionCodes() {
		assertThat(List.of("330400", "330000", "330421", "110101", "650100", "710000", "810000", "820000", "000000"))
			.allSatisfy(code -> assertThat(RegionCode.check(code)).isEqualTo(code));
	}

	@Test
	void anythingElseIsRefusedWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.check("3304';"))
			.withMessage("region '3304';' is not a region code: six digits (GB/T 2260 区划代码), e.g. 330400");
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.check("999999"))
			.withMessageStartingWith("region 999999 is not a region code: 99 is no province's code");
		assertThat(List.of("33040", "3304000", "33040a", " 330400", "330400\n", "００００００", "100000", "160000", "240000",
				"380000", "470000", "550000", "660000", "720000", "830000", "003300", "000001"))
			.allSatisfy(code -> assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.check(code)));
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.check(null));
	}

	@Test
	void academicYearsRunFrom2000ToNextYear() {
		int next = java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue() + 1;

		assertThat(AcademicYear.check(2000)).isEqualTo(2000);
		assertThat(AcademicYear.check(next)).isEqualTo(next);
		assertThat(List.of(-5, 0, 1999, next + 1, 20222))
			.allSatisfy(year -> assertThatIllegalArgumentException().isThrownBy(() -> AcademicYear.check(year))
				.withMessage("academic year " + year + " is out of range: 2000 to " + next));
	}

}
