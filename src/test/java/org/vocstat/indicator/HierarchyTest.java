package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * A province's and the nation's batches give figures for their region and every level
 * beneath it, read from the 隶属区划 codes (省属 and 市本级 as units of their own), each person
 * counted once per scope they belong to; every figure equals its definition's SQL run for
 * that scope alone, and its trace.
 */
@PostgresTest
class HierarchyTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	FigureStore store;

	@Autowired
	Tracer tracer;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	MeasureQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FigureQueries figures;

	@Autowired
	ReportTables reports;

	@Autowired
	PlatformTransactionManager transactions;

	@TempDir
	Path folder;

	@Test
	void provinceBatchCountsEachPersonOnceInEveryCityCountyAndSchoolTheyAreOpenAt() {
		Warehouses.truncateAll(jdbc);
		LoadOutcome outcome = HierarchyBatches.load(loader, HierarchyBatches.province(), "330000", folder);
		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);

		assertThat(valuesOf(outcome.batchId(), "enrolment.in_school", "AY2022")).containsOnly(
				entry("province:330000", 5L), entry("city:330400", 3L), entry("city:330100", 2L),
				entry("city:330000", 1L), entry("county:330400", 2L), entry("county:330402", 2L),
				entry("county:330102", 2L), entry("county:330106", 1L), entry("county:330000", 1L),
				entry("school:" + HierarchyBatches.A, 2L), entry("school:" + HierarchyBatches.B, 2L),
				entry("school:" + HierarchyBatches.H, 2L), entry("school:" + HierarchyBatches.P, 1L),
				entry("school:" + HierarchyBatches.T, 1L));
		// Filed for the province as a whole: no city or county has a share of it.
		assertThat(valuesOf(outcome.batchId(), "enrolment.general_hs_new", "AY2022"))
			.containsOnly(entry("province:330000", 100L));
		assertThat(valuesOf(outcome.batchId(), "schools.count", "AY2022")).contains(entry("province:330000", 5L),
				entry("city:330100", 2L), entry("city:330000", 1L));

		new ScopesAtOnceAndAlone(queries, jdbc, transactions).assertAgree(catalog.baseMeasuresByFact(),
				outcome.batchId(), "330000");
		for (String scope : new String[] { "province:330000", "city:330400", "city:330000", "county:330400" }) {
			Trace trace = tracer.trace("enrolment.in_school", Scope.parse(scope), "AY2022", "330000");
			assertThat(trace.unchanged()).as(scope).isTrue();
			assertThat(trace.rows()).as(scope).hasSize((int) trace.figure().rows());
		}
	}

	@Test
	void provinceFiguresAndReportShowTheCitiesAndTheProvincesOwnSchoolsByName() {
		Warehouses.truncateAll(jdbc);
		LoadOutcome outcome = HierarchyBatches.load(loader, HierarchyBatches.province(), "330000", folder);
		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);

		assertThat(figures.figures("330000", "AY2022", ScopeLevel.city)
			.stream()
			.filter(line -> line.indicator().equals("enrolment.in_school"))
			.map(line -> line.scope() + " " + line.scopeName() + " " + line.value().toPlainString()))
			.containsExactly("city:330000 浙江省属 1", "city:330100 杭州市 2", "city:330400 嘉兴市 3");
		assertThat(figures.figures("330000", "AY2022", ScopeLevel.county))
			.extracting(FigureLine::scope, FigureLine::scopeName)
			.contains(tuple("county:330400", "嘉兴市本级"), tuple("county:330102", "上城区"));
		assertThat(figures.figures("330000", "AY2022", ScopeLevel.school)).extracting(FigureLine::scopeName)
			.contains("浙江省丁职业技术学校", "杭州戊技工学校");
		assertThatIllegalArgumentException().isThrownBy(() -> figures.figures("330000", "AY2022", ScopeLevel.national))
			.withMessageStartingWith("--scope national: 330000 is a province region, whose batch has province, city,");

		ReportTable byCity = reports.render("330000", "AY2022").get(4);
		assertThat(byCity.title()).isEqualTo("分市统计（2022 学年）");
		assertThat(byCity.rows()).extracting(row -> String.join(" ", row.subList(0, 3)))
			.containsExactly("浙江省属 330000 1", "杭州市 330100 2", "嘉兴市 330400 3");
	}

	@Test
	void nationalBatchCountsAPersonOpenInTwoProvincesInEachAndOnceForTheNation() {
		Warehouses.truncateAll(jdbc);
		LoadOutcome outcome = HierarchyBatches.load(loader, HierarchyBatches.national(), "000000", folder);
		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);

		assertThat(valuesOf(outcome.batchId(), "enrolment.in_school", "AY2022")).contains(entry("national:000000", 6L),
				entry("province:330000", 6L), entry("province:320000", 1L), entry("city:330400", 4L),
				entry("city:320100", 1L), entry("county:320102", 1L), entry("county:330000", 1L));
		new ScopesAtOnceAndAlone(queries, jdbc, transactions).assertAgree(catalog.baseMeasuresByFact(),
				outcome.batchId(), "000000");
	}

	@Test
	void schoolsOutsideTheRegionOrOfACodeWithoutALevelAreRefusedEachWithItsRule() {
		Warehouses.truncateAll(jdbc);
		LoadOutcome outcome = HierarchyBatches.load(loader, HierarchyBatches.province()
			.append("sms/schools.csv", "3633000031,江苏某中等专业学校,320102,320102,公办,中等专业学校,正常,",
					"3633000032,嘉兴某职业高中,330499,330499,公办,职业高中,正常,", "3633000033,某县职业高中,3304xx,33xx00,公办,职业高中,正常,"),
				"330000", folder);
		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);

		assertThat(jdbc
			.sql("SELECT line_no || ' ' || array_to_string(rules, ';') || ' ' || message FROM quarantine q "
					+ "JOIN source_file f USING (file_id) WHERE f.path = 'sms/schools.csv' ORDER BY line_no")
			.query(String.class)
			.list())
			.satisfiesExactly(
					line -> assertThat(line).startsWith("6 REGION_OUTSIDE")
						.contains("'320102' lies outside this batch's region 330000"),
					line -> assertThat(line).startsWith("7 REGION_UNKNOWN")
						.contains("'330499' is not a 区划代码 of GB/T 2260"),
					line -> assertThat(line).startsWith("8 CODE_FORMAT").contains("'33xx00' is not a 6-digit 区划代码"));
		assertThat(valuesOf(outcome.batchId(), "schools.count", "AY2022")).contains(entry("province:330000", 5L));
	}

	private Map<String, Long> valuesOf(long batch, String indicator, String period) {
		return store.ofBatch(batch)
			.stream()
			.filter(f -> f.indicator().equals(indicator) && f.period().equals(period))
			.collect(Collectors.toMap(Figure::scope, f -> f.value().longValueExact()));
	}

}
