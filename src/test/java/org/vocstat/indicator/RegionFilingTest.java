package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocstat.indicator.IndicatorBatches.CITY;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * Region-level figures (普高招生数, 省下达培训任务) come from the batch region's own row of
 * qrp/region.csv.
 */
@PostgresTest
class RegionFilingTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	FigureStore store;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void anotherRegionsRowDoesNotCountTowardTheBatchRegion() {
		Warehouses.truncateAll(jdbc);
		LoadOutcome outcome = loader.load(
				IndicatorBatches.ay2022().append("qrp/region.csv", "330100,2022,1000,1000").writeTo(folder), null, null,
				null);
		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(jdbc.sql("SELECT array_to_string(rules, ';') FROM quarantine").query(String.class).list())
			.containsExactly("REGION_MISMATCH");

		Map<String, Figure> city = store.ofBatch(outcome.batchId())
			.stream()
			.filter(f -> f.scope().equals(CITY))
			.collect(Collectors.toMap(Figure::indicator, f -> f));
		assertThat(city.get("enrolment.general_hs_new").value()).isEqualByComparingTo("4");
		assertThat(city.get("enrolment.vocational_share").value()).isEqualByComparingTo("55.56");
		assertThat(city.get("training.task_completion").value()).isEqualByComparingTo("117.33");
	}

}
