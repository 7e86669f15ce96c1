package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.StagedCounts;
import org.vocstat.support.TestPaths;
import org.vocstat.support.Warehouses;

/**
 * The 2023 嘉兴 report checked against the sample batches: every published figure is
 * computed, exactly the figures the report could not have derived from its own base
 * figures differ, each recomputed value agrees with SQL over the staged rows, and every
 * difference comes with an explanation; the report's 表1 is rendered from the figures.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedCheckTest {

	private static final String REGION = "330400";

	private static final MathContext EXACT = MathContext.DECIMAL128;

	@Autowired
	BatchLoader loader;

	@Autowired
	PublishedCheck check;

	@Autowired
	ReportTables tables;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeasureQueries queries;

	@Autowired
	MaterialisedFacts facts;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	FigureStore store;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	Tracer tracer;

	private long ay2021;

	private long ay2022;

	private Map<String, CheckResult> results;

	@BeforeAll
	void loadBothSampleBatchesAndCheckTheReport() {
		Warehouses.truncateAll(jdbc);
		ay2021 = load(2021);
		ay2022 = load(2022);
		results = check.check(published(), REGION)
			.stream()
			.collect(Collectors.toMap(r -> r.indicator() + " " + r.scope() + " " + r.period(), r -> r));
	}

	@Test
	void figuresOverCollapsedRowsKeepTheirLinesAndDigests() {
		// The major sites' lines collapse to one row per site before they are measured:
		// each figure's digest must
		// still be the one its trace recomputes over the fact view, and its lines those
		// the trace lists.
		List<String> differing = new ArrayList<>();
		int checked = 0;
		for (Figure figure : store.ofBatch(ay2022)) {
			Indicator indicator = catalog.indicator(figure.indicator()).orElseThrow();
			if (indicator.kind().overPreviousPeriod() || indicator.numerator()
				.stream()
				.noneMatch(code -> catalog.measure(code).fact().equals("fact_major_site"))) {
				continue;
			}
			checked++;
			Trace trace = tracer.trace(figure.indicator(), Scope.parse(figure.scope()), figure.period(), REGION);
			if (!trace.unchanged() || trace.rows().size() != figure.rows()) {
				differing.add(figure.indicator() + " " + figure.scope());
			}
		}
		assertThat(checked).isGreaterThan(100);
		assertThat(differing).isEmpty();
	}

	@Test
	void everyScopeMeasuredAtOnceIsThatScopeMeasuredAlone() {
		// On the sample the major sites collapse, which the hand-built batches of
		// FigureDigestTest are too small for.
		new ScopesAtOnceAndAlone(queries, jdbc, transactions).assertAgree(catalog.baseMeasuresByFact(), ay2022, REGION);
	}

	@Test
	void theMajorSitesCollapseAndTheGraduatesAreCountedWithoutASort() {
		// What makes the indicators step fast, decided on the sample as on a province:
		// the major sites' students
		// repeat each site, the enrolment fact's persons do not collapse, each graduate
		// and each teacher is one
		// record.
		String decided = new TransactionTemplate(transactions).execute(status -> {
			MaterialisedFact sites = facts.materialise("fact_major_site", measuresOf("fact_major_site"), ay2022);
			MaterialisedFact enrolment = facts.materialise("fact_enrolment", measuresOf("fact_enrolment"), ay2022);
			MaterialisedFact graduates = facts.materialise("fact_graduate", measuresOf("fact_graduate"), ay2022);
			MaterialisedFact teachers = facts.materialise("fact_teacher", measuresOf("fact_teacher"), ay2022);
			return sites.collapsed() + " " + enrolment.collapsed() + " " + graduates.collapsed() + " "
					+ teachers.collapsed() + " "
					+ facts.valuesOccurringOnce(graduates.table(), measuresOf("fact_graduate")) + " "
					+ facts.valuesOccurringOnce(teachers.table(), measuresOf("fact_teacher")) + " "
					+ facts.valuesOccurringOnce(enrolment.table(), measuresOf("fact_enrolment"));
		});
		assertThat(decided)
			.isEqualTo("true false false false [(unit)::text COLLATE \"C\"] [(unit)::text COLLATE \"C\"] []");
	}

	private List<Measure> measuresOf(String fact) {
		return catalog.baseMeasuresByFact().get(fact);
	}

	@Test
	void everyPublishedFigureIsComputed() {
		assertThat(results).hasSize(published().size());
		assertThat(results.values()).extracting(CheckResult::verdict).doesNotContain(CheckResult.NOT_COMPUTED);
	}

	@Test
	void exactlyTheFiguresTheReportCouldNotDeriveDiffer() {
		assertThat(results.values().stream().filter(r -> r.verdict().equals(CheckResult.DIFFERS)))
			.extracting(r -> r.indicator() + " " + r.period())
			.containsExactlyInAnyOrder("facilities.building_area_per_student AY2022",
					"facilities.building_area_per_student_change AY2022",
					"facilities.equipment_value_per_student AY2022",
					"facilities.equipment_value_per_student_growth AY2022", "teachers.student_teacher_ratio AY2022",
					"teachers.dual_qualified_share AY2022", "exams.bachelor_rate CY2023", "funding.per_student CY2023");
		assertThat(results.values().stream().filter(r -> r.verdict().equals(CheckResult.DIFFERS)))
			.allSatisfy(r -> assertThat(r.explanation()).isNotBlank());
		assertThat(results.values().stream().filter(r -> r.verdict().equals(CheckResult.MATCH)))
			.allSatisfy(r -> assertThat(r.difference()).isEmpty());
	}

	@Test
	void recomputedValuesOfTheDifferingFiguresAgreeWithSqlOverTheStagedRows() {
		BigDecimal inSchool22 = inSchool(ay2022);
		BigDecimal inSchool21 = inSchool(ay2021);
		BigDecimal building22 = sum("building_owned + building_other", "stg_qrp_conditions", ay2022).divide(inSchool22,
				EXACT);
		BigDecimal building21 = sum("building_owned + building_other", "stg_qrp_conditions", ay2021).divide(inSchool21,
				EXACT);
		BigDecimal equipment22 = sum("equipment_value * 10000", "stg_qrp_conditions", ay2022).divide(inSchool22, EXACT);
		BigDecimal equipment21 = sum("equipment_value * 10000", "stg_qrp_conditions", ay2021).divide(inSchool21, EXACT);
		BigDecimal fullTime = sql(
				"SELECT count(*) FROM stg_qrp_teacher WHERE teacher_type = '专任教师' AND batch_id = " + ay2022);
		BigDecimal dual = sql(
				"SELECT count(*) FROM stg_qrp_teacher WHERE teacher_type = '专任教师' AND dual_qualified AND batch_id = "
						+ ay2022);
		assertThat(inSchool22).isEqualByComparingTo("51486");
		assertThat(fullTime).isEqualByComparingTo("3390");
		assertThat(dual).isEqualByComparingTo("1844");

		assertRecomputed("facilities.building_area_per_student AY2022", building22);
		assertRecomputed("facilities.building_area_per_student_change AY2022", building22.subtract(building21));
		assertRecomputed("facilities.equipment_value_per_student AY2022", equipment22);
		assertRecomputed("facilities.equipment_value_per_student_growth AY2022",
				equipment22.divide(equipment21, EXACT).subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(100)));
		assertRecomputed("teachers.student_teacher_ratio AY2022", inSchool22.divide(fullTime, EXACT));
		assertRecomputed("teachers.dual_qualified_share AY2022", percent(dual, fullTime));
		assertRecomputed("exams.bachelor_rate CY2023",
				percent(sum("bachelor_admitted", "stg_qrp_exam", ay2022), sum("candidates", "stg_qrp_exam", ay2022)));
		assertRecomputed("funding.per_student CY2023",
				sum("special_appropriation * 10000", "stg_qrp_funding", ay2022).divide(inSchool22, EXACT));
	}

	@Test
	void roundingAloneExplainsTheDualQualifiedShare() {
		// 1844 / 3390 = 54.3953…%: HALF_UP gives 54.40, the report's 54.39 is truncated
		CheckResult dual = result("teachers.dual_qualified_share AY2022");

		assertThat(dual.recomputed()).isEqualTo("54.40");
		assertThat(dual.explanation()).contains("a rounding difference alone explains it").contains("rounded DOWN");
	}

	@Test
	void equipmentValuePerStudentNamesTheDenominatorThePublishedValueImplies() {
		// 779566000 / 51846 = 15036.18: the in-school count 51486 with two digits swapped
		CheckResult equipment = result("facilities.equipment_value_per_student AY2022");

		assertThat(equipment.explanation()).contains("51846");
		assertThat(equipment.published()).isEqualTo("15036.18");
	}

	@Test
	void enrolmentTableShowsBothYearsAsPublished() {
		ReportTable enrolment = tables.render(REGION, "AY2022").get(0);

		assertThat(enrolment.title()).startsWith("表 1");
		assertThat(enrolment.rows()).containsExactly(List.of("2021", "52266", "16630", "17383", "48.89%"),
				List.of("2022", "51486", "15595", "19597", "44.31%"));
	}

	private void assertRecomputed(String key, BigDecimal unrounded) {
		CheckResult result = result(key);
		assertThat(result.verdict()).as(key).isEqualTo(CheckResult.DIFFERS);
		assertThat(new BigDecimal(result.recomputed())).as(key)
			.isEqualByComparingTo(unrounded.setScale(2, RoundingMode.HALF_UP));
		assertThat(new BigDecimal(result.difference())).as(key + " difference")
			.isEqualByComparingTo(new BigDecimal(result.published()).subtract(new BigDecimal(result.recomputed())));
	}

	private CheckResult result(String key) {
		assertThat(results).containsKey(key.replace(" ", " city:" + REGION + " "));
		return results.get(key.replace(" ", " city:" + REGION + " "));
	}

	/**
	 * Persons with a record open at the statistics date in either registry, each once.
	 */
	private BigDecimal inSchool(long batch) {
		return BigDecimal.valueOf(StagedCounts.inSchool(jdbc, batch));
	}

	private BigDecimal sum(String expression, String table, long batch) {
		return sql("SELECT sum(" + expression + ") FROM " + table + " WHERE batch_id = " + batch);
	}

	private BigDecimal sql(String sql) {
		return jdbc.sql(sql).query(BigDecimal.class).single();
	}

	private static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
		return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, EXACT);
	}

	private long load(int year) {
		LoadOutcome outcome = loader.load(TestPaths.sampleBatch(year), null, null, null);
		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		return outcome.batchId();
	}

	/**
	 * The project's copy of the report's coded figures (the same as
	 * ../shared/published/jiaxing-2023.csv).
	 */
	static List<PublishedFigure> published() {
		try (InputStream in = PublishedCheckTest.class.getResourceAsStream("/published/jiaxing-2023.csv");
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return PublishedFigure.read(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
