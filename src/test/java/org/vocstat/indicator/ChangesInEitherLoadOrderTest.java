package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.TestPaths;
import org.vocstat.support.Warehouses;

/**
 * A year's changes against the year before are the same whichever year is loaded first:
 * computed with the year's figures when the previous year is there, or, when the previous
 * year comes later, when it becomes current.
 */
@PostgresTest
class ChangesInEitherLoadOrderTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSampleYearsGiveTheSameChangesInEitherOrder() {
		Warehouses.truncateAll(jdbc);
		load(2021);
		List<String> inOrder = changesOf(load(2022));

		Warehouses.truncateAll(jdbc);
		long ay2022 = load(2022);
		assertThat(changesOf(ay2022)).as("no previous year yet").isEmpty();
		load(2021);
		List<String> laterPrevious = changesOf(ay2022);

		assertThat(inOrder).hasSizeGreaterThan(100);
		assertThat(laterPrevious).isEqualTo(inOrder);
	}

	private long load(int year) {
		LoadOutcome outcome = loader.load(TestPaths.sampleBatch(year), null, null, null);
		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		return outcome.batchId();
	}

	/**
	 * The batch's figures against a previous period, every column but the batch ids and
	 * the time.
	 */
	private List<String> changesOf(long batchId) {
		return jdbc.sql("""
				SELECT concat_ws(' ', indicator, scope, period, value, unrounded, numerator, denominator, rows, digest)
				FROM figure WHERE batch_id = :batch AND previous_batch_id IS NOT NULL ORDER BY indicator, scope""")
			.param("batch", batchId)
			.query(String.class)
			.list();
	}

}
