package org.vocstat.console;

import static org.vocstat.console.ConsolePages.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.BatchFixture;

/**
 * The review, batches and editions pages and their actions through MockMvc on the loaded
 * 嘉兴 samples: a statistician explains and accepts a query, is refused (with the review
 * module's words, nothing changed) on an error, and publishes; each action is in the
 * audit trail with the signed-in user; an auditor's POSTs get 403 and change nothing; an
 * edition's report; the quarantine paged by the database.
 */
@ConsoleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleReviewPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private List<String> names;

	/** An error finding planted on the 2022 batch: the samples have queries only. */
	private long error;

	@BeforeAll
	void loadSamples(@Autowired BatchLoader loader, @Autowired ConsoleUsers users) {
		ConsoleWarehouse.load(loader, jdbc, users);
		names = ConsoleWarehouse.sampleNames();
		error = jdbc.sql("""
				INSERT INTO review_finding (batch_id, region, academic_year, rule_code, level, scope, message,
				                            values_digest, rules_digest)
				SELECT batch_id, region, academic_year, 'planted.error', 'error', scope, 'planted error', values_digest,
				       rules_digest
				FROM review_finding WHERE academic_year = 2022 ORDER BY finding_id LIMIT 1
				RETURNING finding_id""").query(Long.class).single();
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return new ConsolePages(mvc, names).page(request, status);
	}

	@Test
	void anAuditorSeesTheFindingsByLevelAndScopeWithoutForms() throws Exception {
		String html = page(review().with(as(ConsoleRole.auditor)), 200);
		assertThat(html)
			.contains("数据审核", "facilities.equipment_per_student_swing", "school:3633000356", "planted.error", "强制性审核",
					"核实性审核")
			.doesNotContain("/explain\"", "/accept\"");
		String schools = page(
				review().param("level", "query").param("scope", "school:3633000356").with(as(ConsoleRole.auditor)),
				200);
		assertThat(schools).contains("facilities.equipment_per_student_swing")
			.doesNotContain("facilities.land_per_student_low", "planted.error");
		assertThat(page(review().param("scope", "school:0000000000").with(as(ConsoleRole.auditor)), 404))
			.contains("找不到");
		assertThat(page(review().param("level", "fatal").with(as(ConsoleRole.auditor)), 400)).contains("请求有误");
	}

	@Test
	void aStatisticianExplainsAndAcceptsAQueryAsThemself() throws Exception {
		long query = query();
		assertThat(page(review().with(as(ConsoleRole.statistician)), 200)).contains("/review/" + query + "/explain");
		mvc.perform(post("/review/" + query + "/explain").param("text", "新校区设备入账，已核实")
			.with(csrf())
			.with(as(ConsoleRole.statistician))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/review/" + query + "/accept").with(csrf()).with(as(ConsoleRole.statistician)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("""
				SELECT e.text || '|' || e.explained_by || '|' || e.accepted_by FROM review_explanation e
				JOIN review_finding f USING (region, academic_year, rule_code, scope, values_digest)
				WHERE f.finding_id = :id""").param("id", query).query(String.class).single())
			.isEqualTo("新校区设备入账，已核实|statistician1|statistician1");
		assertThat(trail("explain", query)).isEqualTo("statistician1");
		assertThat(trail("accept", query)).isEqualTo("statistician1");
		assertThat(page(review().with(as(ConsoleRole.auditor)), 200)).contains("新校区设备入账，已核实", "已认可");
	}

	@Test
	void anErrorCannotBeAcceptedTheRefusalIsAMessageAndNothingChanged() throws Exception {
		long explanations = count("review_explanation");
		long entries = count("audit_entry");
		MvcResult refused = mvc
			.perform(post("/review/" + error + "/accept").with(csrf()).with(as(ConsoleRole.statistician)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String html = page(review().flashAttrs(refused.getFlashMap()).with(as(ConsoleRole.statistician)), 200);
		assertThat(html).contains("未执行", "是错误：不能认可；只有更正后的导出才能消除它").doesNotContain("Exception", "at org.");
		mvc.perform(post("/review/" + error + "/explain").param("text", "  ")
			.with(csrf())
			.with(as(ConsoleRole.statistician))).andExpect(status().is3xxRedirection());
		assertThat(count("review_explanation")).isEqualTo(explanations);
		assertThat(count("audit_entry")).isEqualTo(entries);
		assertThat(page(post("/review/987654/accept").with(csrf()).with(as(ConsoleRole.statistician)), 404))
			.contains("没有审核结果 987654");
	}

	@Test
	void anAuditorsPostsToExplainPublishAndPruneAre403AndChangeNothing() throws Exception {
		long explanations = count("review_explanation");
		long editions = count("edition");
		long pruned = count("batch_pruned");
		long entries = count("audit_entry");
		for (MockHttpServletRequestBuilder request : List.of(
				post("/review/" + query() + "/explain").param("text", "auditor was here"),
				post("/review/" + query() + "/accept"),
				post("/editions/publish").param("region", "330400")
					.param("period", "AY2022")
					.param("title", "t")
					.param("override", "auditor"),
				post("/batches/prune").param("keepLatest", "0"))) {
			assertThat(page(request.with(csrf()).with(as(ConsoleRole.auditor)), 403)).doesNotContain("Exception");
		}
		page(post("/batches/prune").param("keepLatest", "0").with(csrf()).with(as(ConsoleRole.statistician)), 403);
		page(get("/batches/prune").with(as(ConsoleRole.statistician)), 403);
		page(post("/review/" + query() + "/accept").with(as(ConsoleRole.statistician)), 403);
		assertThat(List.of(count("review_explanation"), count("edition"), count("batch_pruned"), count("audit_entry")))
			.containsExactly(explanations, editions, pruned, entries);
	}

	@Test
	void aStatisticianPublishesTheEditionIsListedAndItsReportShown() throws Exception {
		MvcResult published = mvc
			.perform(post("/editions/publish").param("region", "330400")
				.param("period", "AY2022")
				.param("title", "嘉兴市 2023 年报")
				.param("override", "控制台测试")
				.with(csrf())
				.with(as(ConsoleRole.statistician)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long edition = jdbc.sql("SELECT max(edition_id) FROM edition").query(Long.class).single();
		assertThat(jdbc.sql("SELECT published_by FROM edition WHERE edition_id = :id")
			.param("id", edition)
			.query(String.class)
			.single()).isEqualTo("statistician1");
		assertThat(jdbc.sql("SELECT who FROM audit_entry WHERE action = 'publish' ORDER BY seq DESC LIMIT 1")
			.query(String.class)
			.single()).isEqualTo("statistician1");
		assertThat(page(get("/editions").flashAttrs(published.getFlashMap()).with(as(ConsoleRole.statistician)), 200))
			.contains("已发布 330400 AY2022 的版本 " + edition + "：指标 ", "已越过审核关口", "嘉兴市 2023 年报", "现行", "控制台测试")
			.doesNotContain("published edition " + edition + " of");
		assertThat(page(get("/editions").with(as(ConsoleRole.auditor)), 200)).doesNotContain("/editions/publish");
		String report = page(get("/report").param("edition", Long.toString(edition)).with(as(ConsoleRole.auditor)),
				200);
		assertThat(report).contains("已发布版本 <b>" + edition + "</b>", "表 1 中职在校生规模统计表", "嘉兴市")
			.containsPattern("title=\"已发布 15036.18，重新计算 15141.32：[^\"]+\"\\s+class=\"differs\">15141.32<");
		assertThat(page(get("/report").param("edition", "987654").with(as(ConsoleRole.auditor)), 404))
			.contains("没有版本 987654（见 vocstat editions）");
		assertThat(page(get("/batches").with(as(ConsoleRole.auditor)), 200)).contains("当前", "磁盘")
			.contains("/report?edition=" + edition)
			.doesNotContain("/batches/prune");
	}

	@Test
	void aDryRunChangesNothing() throws Exception {
		long entries = count("audit_entry");
		long pruned = count("batch_pruned");
		String html = page(get("/batches/prune").param("keepLatest", "3").with(as(ConsoleRole.operator)), 200);
		assertThat(html).contains("预览：将清理 <span>0</span> 个批次", "没有可清理的批次");
		assertThat(count("batch_pruned")).isEqualTo(pruned);
		assertThat(count("audit_entry")).isEqualTo(entries);
		assertThat(page(get("/batches/prune").param("keepLatest", "-1").with(as(ConsoleRole.operator)), 400))
			.contains("请求有误");
	}

	@Test
	void anOperatorPrunesASupersededBatchAfterItsDryRun(@Autowired BatchLoader loader, @TempDir Path folder)
			throws Exception {
		// Two small exports of 2019: the first is superseded, held by no edition.
		new BatchFixture(2019).withSmsStudents(1, 4, "21", "男").writeTo(folder.resolve("first"));
		new BatchFixture(2019).withSmsStudents(2, 5, "31", "女").writeTo(folder.resolve("second"));
		for (String export : List.of("first", "second")) {
			LoadOutcome outcome = loader.load(folder.resolve(export), null, null, null);
			assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		}
		long superseded = jdbc.sql("SELECT min(batch_id) FROM batch WHERE academic_year = 2019")
			.query(Long.class)
			.single();
		String dryRun = page(get("/batches/prune").param("keepLatest", "0").with(as(ConsoleRole.operator)), 200);
		assertThat(dryRun).contains("预览：将清理 <span>1</span> 个批次", "确认清理", "已被取代：", " AY2019 有 1 个更新的批次，且不属于任何版本")
			.doesNotContain("superseded, 1 newer batch");
		assertThat(count("batch_pruned")).isZero();
		mvc.perform(post("/batches/prune").param("keepLatest", "0").with(csrf()).with(as(ConsoleRole.operator)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT batch_id || '|' || pruned_by FROM batch_pruned").query(String.class).list())
			.containsExactly(superseded + "|operator1");
		assertThat(jdbc.sql("SELECT who FROM audit_entry WHERE action = 'prune' AND 'batch:' || :batch = ANY (objects)")
			.param("batch", superseded)
			.query(String.class)
			.single()).isEqualTo("operator1");
		assertThat(page(get("/batches").with(as(ConsoleRole.operator)), 200)).contains("已清理");
	}

	@Test
	void theQuarantineIsPagedByTheDatabase() throws Exception {
		long run = jdbc.sql("""
				SELECT max(e.job_execution_id) FROM batch_job_execution e
				JOIN batch b ON b.job_instance_id = e.job_instance_id WHERE b.academic_year = 2022""")
			.query(Long.class)
			.single();
		long total = jdbc.sql("""
				SELECT count(*) FROM quarantine q JOIN batch b USING (batch_id)
				JOIN batch_job_execution e ON e.job_instance_id = b.job_instance_id WHERE e.job_execution_id = :run""")
			.param("run", run)
			.query(Long.class)
			.single();
		assertThat(total).isGreaterThan(4);
		String html = page(
				get("/runs/" + run + "/quarantine").param("size", "2").param("page", "2").with(as(ConsoleRole.auditor)),
				200);
		assertThat(html).contains("共 " + total + " 行", "第 2 / " + (total + 1) / 2 + " 页");
		assertThat(html.split("class=\"masked\"").length - 1).isEqualTo(2);
		page(get("/runs/" + run + "/quarantine").param("size", "2")
			.param("page", Long.toString((total + 1) / 2 + 1))
			.with(as(ConsoleRole.auditor)), 404);
	}

	private MockHttpServletRequestBuilder review() {
		return get("/review").param("region", ConsoleWarehouse.REGION).param("period", "AY2022");
	}

	/** The first query of the 2022 batch. */
	private long query() {
		return jdbc.sql("SELECT min(finding_id) FROM review_finding WHERE academic_year = 2022 AND level = 'query'")
			.query(Long.class)
			.single();
	}

	private String trail(String action, long finding) {
		return jdbc.sql("SELECT who FROM audit_entry WHERE action = :action AND 'finding:' || :id = ANY (objects)")
			.param("action", action)
			.param("id", finding)
			.query(String.class)
			.single();
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

}
