package org.vocstat.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code vocstat.region-reference} and {@code vocstat.major-catalogue} bind as files that
 * replace the shipped references; unset or empty, the shipped ones stay.
 */
class ReferencePropertiesTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(ReferenceConfiguration.class);

	@Test
	void aSitesRegionReferenceNamedBySettingReplacesTheShippedOne(@TempDir Path folder) throws IOException {
		Path file = Files.writeString(folder.resolve("regions.csv"),
				"code,name,level,parent\n330000,浙江省,province,000000\n330499,新区,county,330400\n");

		context.withPropertyValues("vocstat.region-reference=" + file)
			.run(started -> assertThat(started.getBean(RegionReference.class).codes()).containsExactly("330000",
					"330499"));
	}

	@Test
	void anEmptySettingKeepsTheShippedReferences() {
		context.withPropertyValues("vocstat.region-reference=", "vocstat.major-catalogue=").run(started -> {
			assertThat(started.getBean(RegionReference.class).nameOf("330400")).isEqualTo("嘉兴市");
			assertThat(started.getBean(MajorCatalogue.class)).isNotNull();
		});
	}

}
