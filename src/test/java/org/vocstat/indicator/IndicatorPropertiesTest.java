package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * {@code vocstat.indicators.parallelism} sizes the measure executor, never beyond the
 * connections the pool can spare (its size less two), and a negative value is refused
 * before anything runs.
 */
class IndicatorPropertiesTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(IndicatorConfiguration.class)
		.withBean(HikariDataSource.class, () -> {
			HikariDataSource pool = new HikariDataSource();
			pool.setMaximumPoolSize(8);
			return pool;
		});

	@Test
	void parallelismSetsTheMeasureThreads() {
		context.withPropertyValues("vocstat.indicators.parallelism=3")
			.run(started -> assertThat(
					executor(started.getBean(IndicatorConfiguration.MEASURE_EXECUTOR, ThreadPoolTaskExecutor.class)))
				.isEqualTo(3));
	}

	@Test
	void parallelismIsCappedByTheConnectionsThePoolCanSpare() {
		context.withPropertyValues("vocstat.indicators.parallelism=20")
			.run(started -> assertThat(
					executor(started.getBean(IndicatorConfiguration.MEASURE_EXECUTOR, ThreadPoolTaskExecutor.class)))
				.isEqualTo(6));
	}

	@Test
	void aNegativeParallelismStopsTheStart() {
		context.withPropertyValues("vocstat.indicators.parallelism=-2")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("must be 0 (one per core) or a number of facts measured at once"));
	}

	private static int executor(ThreadPoolTaskExecutor executor) {
		return executor.getMaxPoolSize();
	}

}
