package org.vocstat.console;

import static org.vocstat.console.ConsolePages.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.awaitility.Awaitility;

import org.vocstat.pipeline.BatchLoader;

/**
 * The console's pages and actions through MockMvc on the loaded 嘉兴 samples: what each
 * role sees and may do, the figure that differs from the published report, the rows
 * download, and every bad request answered with a console page, changing nothing.
 */
@ConsoleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private List<String> names;

	@BeforeAll
	void loadSamples(@Autowired BatchLoader loader, @Autowired ConsoleUsers users) {
		ConsoleWarehouse.load(loader, jdbc, users);
		names = ConsoleWarehouse.sampleNames();
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return new ConsolePages(mvc, names).page(request, status);
	}

	@Test
	void reportDocumentIsOneFileWithItsStylesChartsAndSources(@Autowired ReportDocument document) {
		String html = document.render(ConsoleWarehouse.REGION, "AY2022");
		assertThat(html)
			.contains("<style>", "echarts", "window.vocstatCharts", "表 1 中职在校生规模统计表", "数据来源", "全国技工院校电子注册与统计信息管理系统",
					"注：与已发布报告不同的数值", "@page { size: A4")
			.doesNotContain("<script src", "<link rel=\"stylesheet\"");
		ConsoleWarehouse.assertNoPersonalData(ConsoleWarehouse.withoutLibrary(html), names);
	}

	@Test
	void signInIsRequired() throws Exception {
		mvc.perform(get("/report")).andExpect(status().is3xxRedirection());
	}

	@Test
	void reportShowsTheSeedReportsTablesWithLinkedFiguresAndMarksTheDifferingOne() throws Exception {
		String html = page(
				get("/report").param("region", "330400").param("period", "AY2022").with(as(ConsoleRole.auditor)), 200);
		assertThat(html).contains("表 1 中职在校生规模统计表", "表 2 生均教学科研仪器设备资产值", "1.3 教师队伍", "2.4 毕业去向", "单独考试招生", "嘉兴市")
			.contains("/webjars/echarts/5.3.1/dist/echarts.min.js")
			.contains("indicator=" + ConsoleWarehouse.EQUIPMENT)
			.containsPattern("title=\"已发布 15036.18，重新计算 15141.32：[^\"]+\"\\s+class=\"differs\">15141.32<");
	}

	@Test
	void theRegionAndYearChooserIsLinksThatNeedNoScript() throws Exception {
		String html = page(
				get("/review").param("region", "330400").param("period", "AY2022").with(as(ConsoleRole.auditor)), 200);
		String chooser = html.substring(html.indexOf("<details class=\"chooser\""),
				html.indexOf("</details>", html.indexOf("<details class=\"chooser\"")));
		assertThat(chooser).contains("嘉兴市（330400） 2022 学年")
			.contains("href=\"/review?region=330400&amp;period=AY2021\"")
			.contains("href=\"/review?region=330400&amp;period=AY2022\"")
			.doesNotContain("onchange", "<select", "<script");
		String chosen = page(
				get("/review").param("region", "330400").param("period", "AY2021").with(as(ConsoleRole.auditor)), 200);
		assertThat(chosen)
			.contains("<summary title=\"region and academic year\">地区与学年：<span>嘉兴市（330400） 2021 学年</span>");
	}

	@Test
	void figurePageExplainsTheDifferenceAndPagesTheRows() throws Exception {
		String html = page(figure().param("size", "20").with(as(ConsoleRole.auditor)), 200);
		assertThat(html).contains("生均", "已发布 <b>15036.18</b>", "校验中", "按区县", "按学校", "嘉善县").contains("下载全部来源行");
		assertThat(html).contains("data-fragment=\"/figure/digest?indicator=" + ConsoleWarehouse.EQUIPMENT);
		assertThat(html.split("<tr>").length).isGreaterThan(20);
		page(figure().param("sort", "line")
			.param("desc", "true")
			.param("page", "2")
			.param("size", "5")
			.with(as(ConsoleRole.auditor)), 200);
	}

	@Test
	void digestCheckSaysUnchangedUntilASourceRowChanges() throws Exception {
		assertThat(page(digest().with(as(ConsoleRole.auditor)), 200)).contains("计算以来未变").doesNotContain("已变化");
		// One student counted in the figure's denominator, its line hash altered in
		// place.
		var row = jdbc
			.sql("""
					SELECT l.batch_id, l.file_id, l.line_no, l.line_sha256 FROM person_ledger l
					JOIN current_batch c ON c.batch_id = l.batch_id
					WHERE c.region = '330400' AND c.academic_year = 2022 AND l.population = 'students' AND l.open_at_snapshot
					ORDER BY l.file_id, l.line_no LIMIT 1""")
			.query()
			.singleRow();
		try {
			setLineHash(row, new byte[32]);
			String changed = page(digest().with(as(ConsoleRole.auditor)), 200);
			assertThat(changed).contains("来源行自计算以来已变化").doesNotContain("计算以来未变");
		}
		finally {
			setLineHash(row, (byte[]) row.get("line_sha256"));
		}
		assertThat(page(digest().with(as(ConsoleRole.auditor)), 200)).contains("计算以来未变");
		page(digest().param("indicator", "no.such").with(as(ConsoleRole.auditor)), 404);
	}

	private void setLineHash(java.util.Map<String, Object> row, byte[] hash) {
		jdbc.sql("""
				UPDATE person_ledger SET line_sha256 = :hash
				WHERE batch_id = :batch AND file_id = :file AND line_no = :line""")
			.param("hash", hash)
			.param("batch", row.get("batch_id"))
			.param("file", row.get("file_id"))
			.param("line", row.get("line_no"))
			.update();
	}

	@Test
	void everyLedgerTableOfALoadedBatchHasTheSchoolIndex() {
		// A school's figure finds its rows through it; a batch loaded after V40 gets it
		// when its ledger tables are attached.
		var leaves = jdbc.sql("""
				SELECT t.relid::regclass::text AS ledger, EXISTS (SELECT 1 FROM pg_index x
				    JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
				    WHERE x.indrelid = t.relid AND a.attname = 'school_key') AS indexed
				FROM pg_partition_tree('person_ledger') t WHERE t.isleaf""").query().listOfRows();
		assertThat(leaves).isNotEmpty()
			.allSatisfy(leaf -> assertThat(leaf.get("indexed")).as(leaf.toString()).isEqualTo(true));
	}

	@Test
	void rowsDownloadStreamsEveryRow() throws Exception {
		MvcResult started = mvc.perform(rowsCsv().with(as(ConsoleRole.auditor))).andReturn();
		MvcResult done = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
		String csv = done.getResponse().getContentAsString(StandardCharsets.UTF_8);
		long rows = csv.lines().count() - 1;
		long stored = jdbc.sql("""
				SELECT f.rows FROM figure f JOIN current_batch c ON c.batch_id = f.batch_id
				WHERE c.region = '330400' AND c.academic_year = 2022 AND f.indicator = :indicator
				  AND f.scope = 'city:330400' AND f.period = 'AY2022'""")
			.param("indicator", ConsoleWarehouse.EQUIPMENT)
			.query(Long.class)
			.single();
		assertThat(rows).isPositive().isEqualTo(stored);
		// The page's count of rows (taken from the stored figure when its digest holds)
		// is the download's.
		assertThat(page(figure().with(as(ConsoleRole.auditor)), 200)).contains("共 " + rows + " 行");
		ConsoleWarehouse.assertNoPersonalData(csv, names);
	}

	@Test
	void runsPagesShowStepsAndQuarantineMasked() throws Exception {
		long run = jdbc.sql("""
				SELECT max(e.job_execution_id) FROM batch_job_execution e
				JOIN batch_job_instance i USING (job_instance_id) WHERE i.job_name = 'load'""")
			.query(Long.class)
			.single();
		assertThat(page(get("/runs").with(as(ConsoleRole.auditor)), 200)).contains("完成");
		String detail = page(get("/runs/" + run).with(as(ConsoleRole.auditor)), 200);
		assertThat(detail).contains("步骤", "隔离（按文件与规则）").doesNotContain("重启", "重算");
		assertThat(page(get("/runs/" + run).with(as(ConsoleRole.operator)), 200)).contains("重算");
		assertThat(page(get("/runs/" + run + "/quarantine").with(as(ConsoleRole.auditor)), 200)).contains("隔离行");
	}

	@Test
	void anAuditorsOperatorActionIsForbiddenAndChangesNothing() throws Exception {
		long runs = runCount();
		mvc.perform(post("/runs/" + latestRun() + "/rerun").param("from", "indicators")
			.with(csrf())
			.with(as(ConsoleRole.auditor))).andExpect(status().isForbidden()).andExpect(forwardedUrl("/denied"));
		assertThat(page(get("/denied").with(as(ConsoleRole.auditor)), 403)).contains("无权执行此操作")
			.doesNotContain("Exception");
		page(post("/runs/" + latestRun() + "/rerun").param("from", "indicators")
			.with(as(ConsoleRole.statistician))
			.with(csrf()), 403);
		assertThat(runCount()).isEqualTo(runs);
	}

	@Test
	void aFormWithoutCsrfTokenIsRefused() throws Exception {
		long runs = runCount();
		page(post("/runs/" + latestRun() + "/rerun").param("from", "indicators").with(as(ConsoleRole.operator)), 403);
		assertThat(runCount()).isEqualTo(runs);
	}

	@Test
	void anOperatorRerunsARunFromTheConsole() throws Exception {
		long runs = runCount();
		mvc.perform(post("/runs/" + latestRun() + "/rerun").param("from", "indicators")
			.with(csrf())
			.with(as(ConsoleRole.operator))).andExpect(status().is3xxRedirection());
		Awaitility.await()
			.atMost(Duration.ofMinutes(3))
			.until(() -> runCount() == runs + 1
					&& jdbc.sql("SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1")
						.query(String.class)
						.single()
						.equals("COMPLETED"));
	}

	@Test
	void badRequestsGetConsolePagesNotStackTraces() throws Exception {
		for (var request : List.of(get("/report").param("region", "999999"), get("/report").param("period", "AY1999"),
				figure().param("indicator", "no.such"),
				get("/figure").param("indicator", ConsoleWarehouse.EQUIPMENT)
					.param("scope", "county:999999")
					.param("period", "AY2022"),
				figure().param("page", "100000"), get("/runs/987654"), get("/runs/987654/quarantine"))) {
			String html = page(request.with(as(ConsoleRole.auditor)), 404);
			assertThat(html).contains("找不到").doesNotContain("Exception", "at org.");
		}
		for (var request : List.of(figure().param("size", "100000"), figure().param("sort", "name; DROP"),
				figure().param("page", "x"), get("/runs/x"))) {
			String html = page(request.with(as(ConsoleRole.auditor)), 400);
			assertThat(html).contains("请求有误").doesNotContain("Exception", "at org.");
		}
	}

	private static MockHttpServletRequestBuilder figure() {
		return get("/figure").param("indicator", ConsoleWarehouse.EQUIPMENT)
			.param("scope", "city:330400")
			.param("period", "AY2022");
	}

	private static MockHttpServletRequestBuilder digest() {
		return get("/figure/digest").param("indicator", ConsoleWarehouse.EQUIPMENT)
			.param("scope", "city:330400")
			.param("period", "AY2022");
	}

	private static MockHttpServletRequestBuilder rowsCsv() {
		return get("/figure/rows.csv").param("indicator", ConsoleWarehouse.EQUIPMENT)
			.param("scope", "city:330400")
			.param("period", "AY2022");
	}

	private long latestRun() {
		return jdbc.sql("SELECT max(job_execution_id) FROM batch_job_execution").query(Long.class).single();
	}

	private long runCount() {
		return jdbc.sql("SELECT count(*) FROM batch_job_execution").query(Long.class).single();
	}

}
