package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
 * A level's figures are what a batch cut down to one of its units gives for that unit:
 * the province batch cut to 嘉兴's schools, loaded as 嘉兴's batch, gives every figure of
 * {@code city:330400} (and of its counties and schools) exactly as the province batch's
 * city scope does: value, numerator, denominator and number of source rows (not the
 * digest, which also fingerprints line numbers, and the cut file's lines are numbered
 * anew).
 */
@PostgresTest
class CutBatchConsistencyTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	FigureStore store;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCitysFiguresInTheProvinceBatchEqualThoseOfTheProvinceBatchCutToTheCity(@TempDir Path folder) {
		Warehouses.truncateAll(jdbc);
		LoadOutcome province = HierarchyBatches.load(loader, HierarchyBatches.province(), "330000",
				folder.resolve("province"));
		assertThat(province.exitCode()).as(province.verdict()).isEqualTo(ExitCode.SUCCESS);
		LoadOutcome city = HierarchyBatches.load(loader,
				HierarchyBatches.province()
					.cutToSchools(Set.of(HierarchyBatches.A, HierarchyBatches.B), "qrp/region.csv")
					.file("qrp/region.csv", "区划代码,学年,普通高中招生数,省下达培训任务(人次)", "330400,2022,40,400"),
				"330400", folder.resolve("city"));
		assertThat(city.exitCode()).as(city.verdict()).isEqualTo(ExitCode.SUCCESS);

		Map<String, Figure> inProvince = figuresOf(province.batchId(), "city:330400", "county:3304",
				"school:" + HierarchyBatches.A, "school:" + HierarchyBatches.B);
		Map<String, Figure> inCity = figuresOf(city.batchId(), "city:330400", "county:3304",
				"school:" + HierarchyBatches.A, "school:" + HierarchyBatches.B);

		assertThat(inProvince).isNotEmpty().containsKey("enrolment.in_school city:330400 AY2022");
		CutBatchFigures.assertSame(inProvince, inCity, "city:330400");
	}

	private Map<String, Figure> figuresOf(long batch, String... scopePrefixes) {
		return store.ofBatch(batch)
			.stream()
			.filter(f -> Set.of(scopePrefixes).stream().anyMatch(f.scope()::startsWith))
			.collect(Collectors.toMap(f -> f.indicator() + " " + f.scope() + " " + f.period(), Function.identity()));
	}

}
