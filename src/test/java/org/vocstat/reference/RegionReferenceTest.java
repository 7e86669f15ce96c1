package org.vocstat.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped GB/T 2260 reference is whole and consistent with the levels read from
 * codes; a site's replaces it.
 */
class RegionReferenceTest {

	@Test
	void everyUnitHasTheLevelItsCodeGivesAndAParentInTheReference() {
		RegionReference shipped = RegionReference.load(null);

		assertThat(shipped.codes()).hasSizeGreaterThan(3000);
		for (String code : shipped.codes()) {
			Region region = shipped.find(code).orElseThrow();
			assertThat(region.level()).as(code).isEqualTo(RegionLevel.of(code));
			if (region.level() != RegionLevel.national) {
				assertThat(shipped.codes().contains(region.parent())).as(code + " parent " + region.parent()).isTrue();
				assertThat(RegionLevel.within(code, region.parent())).as(code).isTrue();
			}
		}
		assertThat(shipped.nameOf("330402")).isEqualTo("南湖区");
		assertThat(shipped.nameOf("330400")).isEqualTo("嘉兴市");
		assertThat(shipped.nameOf("330000")).isEqualTo("浙江省");
		assertThat(shipped.codes().contains("330499")).isFalse();
	}

	@Test
	void unitsNestByTheirCodeAndASchoolOfACityOrProvinceIsItsOwnUnitBeneathIt() {
		assertThat(RegionLevel.city.unitOf("330402")).isEqualTo("330400");
		assertThat(RegionLevel.province.unitOf("330402")).isEqualTo("330000");
		assertThat(RegionLevel.county.unitOf("330400")).isEqualTo("330400");
		assertThat(RegionLevel.city.unitOf("330000")).isEqualTo("330000");
		assertThat(RegionLevel.within("330000", "330400")).isFalse();
		assertThat(RegionLevel.within("330400", "330402")).isFalse();
		assertThat(RegionLevel.within("320102", "000000")).isTrue();
	}

	@Test
	void aSitesReferenceReplacesTheShippedOne(@TempDir Path folder) throws IOException {
		Path file = Files.writeString(folder.resolve("regions.csv"),
				"code,name,level,parent\n330000,浙江省,province,000000\n330499,新区,county,330400\n");

		RegionReference site = RegionReference.load(file);

		assertThat(site.codes()).containsExactly("330000", "330499");
		assertThat(site.nameOf("330499")).isEqualTo("新区");
	}

}
