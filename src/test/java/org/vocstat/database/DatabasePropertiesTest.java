package org.vocstat.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The database's settings bind with their defaults written once, and a work memory
 * PostgreSQL would refuse stops the start instead of the first reconciliation.
 */
class DatabasePropertiesTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Binding.class)
		.withPropertyValues("vocstat.home=/tmp/vocstat-home");

	@Test
	void workMemoryDefaultsTo256MegabytesAndHomeIsAPath() {
		context.run(started -> {
			DatabaseProperties properties = started.getBean(DatabaseProperties.class);
			assertThat(properties.sql().workMem()).isEqualTo("256MB");
			assertThat(properties.home()).hasToString("/tmp/vocstat-home");
		});
	}

	@Test
	void workMemoryTakesPostgresqlUnits() {
		context.withPropertyValues("vocstat.sql.work-mem=64kB")
			.run(started -> assertThat(started.getBean(DatabaseProperties.class).sql().workMem()).isEqualTo("64kB"));
	}

	@Test
	void aWorkMemoryWithoutAnAmountStopsTheStart() {
		context.withPropertyValues("vocstat.sql.work-mem=-1MB")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("must be a PostgreSQL memory amount"));
	}

	@EnableConfigurationProperties(DatabaseProperties.class)
	static class Binding {

	}

}
