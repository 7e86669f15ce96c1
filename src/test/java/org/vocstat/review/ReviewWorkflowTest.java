package org.vocstat.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.VocstatApplication;
import org.vocstat.operator.VocstatCli;
import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.TestPaths;
import org.vocstat.support.Warehouses;

/**
 * The review on the 嘉兴 samples, as an officer works: the 2021 and 2022 batches loaded,
 * the natural queries found and explained or accepted from the command line, refusals
 * changing nothing; then a 2022 batch generated with the planted cases loaded over it:
 * the planted errors and queries found, the explanations of unchanged findings carried
 * over, errors refused.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewWorkflowTest {

	static final String REGION = "330400";

	@Autowired
	BatchLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReviewFindings review;

	@Autowired
	ReviewEvaluator evaluator;

	@TempDir
	static Path folder;

	long ay2022;

	@BeforeAll
	void loadTheSamples() {
		Warehouses.truncateAll(jdbc);
		load(TestPaths.sampleBatch(2021));
		ay2022 = load(TestPaths.sampleBatch(2022));
	}

	@Test
	@Order(1)
	void theSamplesNaturalQueriesAreFoundAndNoError() {
		assertThat(rulesByScope(review.findings(REGION, "AY2022", null, null))).containsOnly(
				Map.entry("facilities.building_per_student_low", List.of("school:3633003105")),
				Map.entry("facilities.land_per_student_low", List.of("school:3633003367")),
				Map.entry("facilities.equipment_per_student_swing", List.of("school:3633000356", "school:3633004082",
						"school:J330482001", "school:J330482002", "school:J330483002")));
		assertThat(review.findings(REGION, "AY2021", null, null)).extracting(Finding::rule)
			.contains("training.none_reported", "facilities.land_per_student_low");
		assertThat(review.unresolved(REGION, "2022")).hasSize(7);
	}

	@Test
	@Order(2)
	void everyFindingLinksToTheStoredFiguresItRead() {
		assertThat(jdbc.sql("""
				SELECT count(*) FROM review_finding_figure g
				LEFT JOIN figure f ON (f.batch_id, f.indicator, f.scope, f.period, f.digest, f.value)
				                    = (g.figure_batch_id, g.indicator, g.scope, g.period, g.digest, g.value)
				WHERE f.batch_id IS NULL""").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(DISTINCT figure_batch_id) FROM review_finding_figure g "
				+ "JOIN review_finding USING (finding_id) WHERE batch_id = :b AND rule_code LIKE 'facilities.equipment%'")
			.param("b", ay2022)
			.query(Long.class)
			.single()).as("the growth and the previous year's value per student").isEqualTo(2);
		assertThat(Warehouses.stepStatuses(jdbc, "review")).containsOnly("COMPLETED").hasSize(2);
	}

	@Test
	@Order(3)
	void theCommandListsExplainsAndAccepts() {
		String csv = run("review", "--region", REGION, "--period", "AY2022", "--format", "csv").out();
		assertThat(csv).startsWith("id,rule,level,scope,status,message,figures,explanation")
			.contains("生均校园占地面积 32.47 平方米，低于中等职业学校设置标准 33 平方米");
		assertThat(run("review", "--period", "AY2022", "--level", "error").out()).contains("0 findings");
		long land = id("facilities.land_per_student_low", "school:3633003367");
		long equipment = id("facilities.equipment_per_student_swing", "school:3633000356");
		Cli explained = run("review", "explain", Long.toString(land), "--text", "新校区用地已划拨，产权证办理中", "--by", "王科长");
		assertThat(explained.code()).as(explained.err()).isZero();
		assertThat(explained.out()).contains("explained by 王科长: now explained");
		Cli accepted = run("review", "accept", Long.toString(equipment), "--by", "李处长");
		assertThat(accepted.code()).as(accepted.err()).isZero();
		assertThat(review.unresolved(REGION, "AY2022")).hasSize(5)
			.extracting(UnresolvedFinding::id)
			.doesNotContain(land, equipment);
		assertThat(run("review", "--period", "AY2022", "--scope", "school:3633003367", "--format", "json").out())
			.contains("\"status\" : \"explained\"", "\"explainedBy\" : \"王科长\"");
	}

	@Test
	@Order(4)
	void badExplanationsAreRefusedAndChangeNothing() {
		long building = id("facilities.building_per_student_low", "school:3633003105");
		long before = explanations();
		assertRefused(run("review", "explain", Long.toString(building), "--text", "  ", "--by", "王科长"), ExitCode.USAGE,
				"the explanation is empty");
		assertRefused(run("review", "explain", Long.toString(building), "--text", "说".repeat(2001), "--by", "王科长"),
				ExitCode.USAGE, "the explanation has 2001 characters; at most 2000");
		assertRefused(run("review", "explain", "999999", "--text", "x", "--by", "王科长"), ExitCode.USAGE,
				"no review finding 999999");
		assertRefused(run("review", "accept", "999999", "--by", "王科长"), ExitCode.USAGE, "no review finding 999999");
		assertRefused(run("review", "--period", "AY2019"), ExitCode.USAGE,
				"no loaded batch of 330400 for academic year 2019");
		assertThat(explanations()).isEqualTo(before);
		assertThat(run("review", "explain", Long.toString(building), "--text", "说".repeat(2000), "--by", "王科长").code())
			.isZero();
	}

	@Test
	@Order(5)
	void aCorrectedBatchShowsThePlantedCasesAndKeepsExplanationsOfUnchangedValues() {
		Path planted = folder.resolve("planted");
		Cli generate = run("generate", "--region", REGION, "--year", "2022", "--out", planted.toString(),
				"--plant-review-cases");
		assertThat(generate.code()).as(generate.err()).isZero();
		assertThat(generate.out()).contains("planted 3633000312: no 专任教师");
		long corrected = load(planted);
		assertThat(corrected).isNotEqualTo(ay2022);
		List<Finding> findings = review.findings(REGION, "AY2022", null, null);
		assertThat(findings).allMatch(f -> f.batch() == corrected);
		// The planted schools, and the units above them where the sums trip the rule too
		// (3633001471 is one of the city's own schools, 市本级: county:330400).
		assertThat(rulesByScope(findings)).contains(
				Map.entry("teachers.none_with_students", List.of("school:3633000312")),
				Map.entry("teachers.student_teacher_ratio_high", List.of("school:3633000356")),
				Map.entry("exams.admitted_exceeds_candidates", List.of("county:330400", "school:3633001471")),
				Map.entry("teachers.dual_qualified_over_specialty", List.of("county:330421", "school:3633002018")));
		Map<String, String> status = findings.stream()
			.collect(Collectors.toMap(f -> f.rule() + " " + f.scope(), Finding::status));
		assertThat(status).containsEntry("facilities.land_per_student_low school:3633003367", "explained")
			.containsEntry("facilities.equipment_per_student_swing school:3633000356", "accepted")
			.containsEntry("facilities.building_per_student_low school:3633003105", "explained")
			.containsEntry("teachers.none_with_students school:3633000312", "open");
		assertThat(review.unresolved(REGION, "2022")).extracting(UnresolvedFinding::ruleCode)
			.contains("teachers.none_with_students", "exams.admitted_exceeds_candidates",
					"teachers.student_teacher_ratio_high", "teachers.dual_qualified_over_specialty")
			.doesNotContain("facilities.land_per_student_low", "facilities.building_per_student_low");
	}

	@Test
	@Order(6)
	void anErrorCannotBeExplainedOrAccepted() {
		long error = id("teachers.none_with_students", "school:3633000312");
		long before = explanations();
		assertRefused(run("review", "explain", Long.toString(error), "--text", "教师数据漏报", "--by", "王科长"),
				ExitCode.REFUSED, "is an error: it cannot be explained; only a corrected export clears it");
		assertRefused(run("review", "accept", Long.toString(error), "--by", "王科长"), ExitCode.REFUSED,
				"it cannot be accepted");
		assertThat(explanations()).isEqualTo(before);
		assertThat(review.unresolved(REGION, "AY2022")).extracting(UnresolvedFinding::id).contains(error);
	}

	@Test
	@Order(7)
	void evaluatingAgainReplacesTheFindingsAndKeepsTheirIds() {
		long batch = review.findings(REGION, "AY2022", null, null).get(0).batch();
		List<Finding> before = review.findings(REGION, "AY2022", null, null);
		assertThat(evaluator.evaluate(batch)).isEqualTo(before.size());
		assertThat(review.findings(REGION, "AY2022", null, null)).isEqualTo(before);
	}

	@Test
	@Order(8)
	void aSitesRulesFileWithMistakesIsRefusedInOneLine() throws Exception {
		Path rules = java.nio.file.Files.writeString(folder.resolve("review-rules.csv"),
				"code,level,scope,condition,message\nsite.ratio,query,school,teachers.student_teacher_ratio >> 18,m\n");
		Cli run = run("review", "--period", "AY2022", "--vocstat.review-rules=" + rules);
		assertRefused(run, ExitCode.USAGE, rules + " is invalid: line 2 (site.ratio): condition, column 33: "
				+ "expected a number, an indicator code, prev(…) or abs(…)");
	}

	private long load(Path batch) {
		LoadOutcome outcome = loader.load(batch, null, null, null);
		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		return outcome.batchId();
	}

	private long id(String rule, String scope) {
		return review.findings(REGION, "AY2022", null, scope)
			.stream()
			.filter(f -> f.rule().equals(rule))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private long explanations() {
		return jdbc.sql("SELECT count(*) FROM review_explanation").query(Long.class).single();
	}

	private static Map<String, List<String>> rulesByScope(List<Finding> findings) {
		return findings.stream()
			.collect(Collectors.groupingBy(Finding::rule, Collectors.mapping(Finding::scope,
					Collectors.collectingAndThen(Collectors.toList(), scopes -> scopes.stream().sorted().toList()))));
	}

	private static void assertRefused(Cli run, ExitCode code, String message) {
		assertThat(run.code()).as(run.out() + run.err()).isEqualTo(code.code());
		assertThat(run.err()).contains(message);
		assertThat(run.err().lines().count()).isEqualTo(1);
	}

	private static Cli run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		if (!args[0].equals("generate")) {
			all.addAll(List.of(TestPaths.springArgs()));
		}
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = VocstatCli.execute(VocstatApplication.class, all.toArray(String[]::new), new PrintWriter(out, true),
				new PrintWriter(err, true));
		return new Cli(code, out.toString(), err.toString());
	}

	private record Cli(int code, String out, String err) {
	}

}
