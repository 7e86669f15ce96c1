package org.vocstat.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.awaitility.Awaitility;

import org.vocstat.faults.FaultInjection;
import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.BatchFixture;

/**
 * The review, editions and batches pages in a real browser: a statistician explains and
 * accepts a query and publishes an edition, whose report draws its charts and opens its
 * figure as the edition froze it; an operator sees the prune's dry run; an auditor sees
 * no forms and is refused a publish. Screenshots of each page go to
 * {@code target/screenshots/}.
 */
@ConsoleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleReviewBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private ConsoleBrowser console;

	@BeforeAll
	void loadSamplesAndStartTheBrowser(@Autowired BatchLoader loader, @Autowired ConsoleUsers users,
			@TempDir Path downloads) {
		ConsoleBrowser.assumeInstalled();
		ConsoleWarehouse.load(loader, jdbc, users);
		console = ConsoleBrowser.start(port, ConsoleWarehouse.sampleNames(), downloads);
	}

	@AfterAll
	void quitTheBrowser() {
		if (console != null) {
			console.close();
		}
	}

	@Test
	@Order(1)
	void aStatisticianExplainsAndAcceptsAFinding() {
		long query = jdbc
			.sql("SELECT min(finding_id) FROM review_finding WHERE academic_year = 2022 AND level = 'query'")
			.query(Long.class)
			.single();
		console.signIn(ConsoleRole.statistician);
		console.open("/review?region=330400&period=AY2022");
		console.screenshot("review-statistician");
		console.driver.findElement(By.id("finding-" + query)).findElement(By.name("text")).sendKeys("新校区设备集中入账，已与学校核实");
		console.follow("finding-" + query, "form.explain button");
		assertThat(console.textOf(".notice")).contains("已记录对审核结果 " + query + " 的说明");
		console.checkPage();
		console.follow("finding-" + query, "form.accept button");
		assertThat(console.textOf(".notice")).contains("已认可审核结果 " + query);
		assertThat(console.textOf("#finding-" + query)).contains("已认可", "新校区设备集中入账，已与学校核实", "statistician1");
		console.screenshot("review-explained");
		assertThat(jdbc.sql("""
				SELECT e.explained_by || '|' || e.accepted_by FROM review_explanation e
				JOIN review_finding f USING (region, academic_year, rule_code, scope, values_digest)
				WHERE f.finding_id = :id""").param("id", query).query(String.class).single())
			.isEqualTo("statistician1|statistician1");
		console.signOut();
	}

	@Test
	@Order(2)
	void aStatisticianPublishesAndTheEditionsReportDrawsItsCharts() {
		console.signIn(ConsoleRole.statistician);
		console.open("/editions");
		console.driver.findElement(By.name("title")).sendKeys("嘉兴市 2023 年中职教育质量年度报告");
		console.driver.findElement(By.name("override")).sendKeys("其余待核实项已电话确认");
		console.follow("form.publish-form button");
		assertThat(console.awaitElement(".notice").getText()).startsWith("已发布 330400 AY2022 的版本 ")
			.doesNotContain("published");
		console.checkPage();
		console.screenshot("editions");
		console.follow("table tbody tr td a");
		console.awaitElement(".edition-banner");
		console.checkPage();
		console.assertChartsDrew(5);
		console.screenshot("report-edition");
		console.follow("a.differs[href*='indicator=" + ConsoleWarehouse.EQUIPMENT + "'][href*='edition=']");
		assertThat(console.textOf(".edition-banner")).contains("已发布版本", "嘉兴市 2023 年中职教育质量年度报告", "statistician1");
		assertThat(console.textOf("dd.value")).isEqualTo("15141.32");
		console.checkPage();
		console.assertChartsDrew(2);
		console.screenshot("figure-edition");
		console.signOut();
	}

	@Test
	@Order(3)
	void anOperatorSeesBatchesAndThePrunesDryRun() {
		console.signIn(ConsoleRole.operator);
		console.open("/batches");
		assertThat(console.driver.findElements(By.cssSelector("table tbody tr"))).hasSize(2);
		console.screenshot("batches");
		console.follow("section.prune form button");
		assertThat(console.awaitElement("section.prune h3").getText()).startsWith("预览");
		console.screenshot("batches-prune-dry-run");
		console.signOut();
	}

	@Test
	@Order(4)
	void anAuditorReadsTheReviewAndIsRefusedAPublish() {
		console.signIn(ConsoleRole.auditor);
		console.open("/review?region=330400&period=AY2022");
		assertThat(console.driver.findElements(By.cssSelector("form.explain, form.accept"))).isEmpty();
		console.screenshot("review-auditor");
		long editions = jdbc.sql("SELECT count(*) FROM edition").query(Long.class).single();
		for (String path : List.of("/editions/publish", "/review/1/explain", "/batches/prune")) {
			assertThat(console.postFromPage(path, "region=330400&period=AY2022&title=t&override=x&text=x"))
				.startsWith("403")
				.contains("无权执行此操作")
				.doesNotContain("Exception");
		}
		assertThat(jdbc.sql("SELECT count(*) FROM edition").query(Long.class).single()).isEqualTo(editions);
		console.signOut();
	}

	@Test
	@Order(5)
	void anOperatorSeesAFailedRunsWholeReasonAndRestartsIt(@Autowired BatchLoader loader,
			@Autowired FaultInjection faults, @TempDir Path folder) {
		faults.arm("ingest.qrp.exams", 0);
		LoadOutcome failed;
		try {
			failed = loader.load(new BatchFixture(2019).writeTo(folder), null, null, null);
		}
		finally {
			faults.arm(null, 0);
		}
		assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED_RESTARTABLE);
		console.signIn(ConsoleRole.operator);
		console.open("/runs");
		console.follow("tr.state-failed td a");
		assertThat(console.textOf("section.failure pre")).contains("ingest.qrp.exams: injected fault");
		console.checkPage();
		console.screenshot("run-failed");
		console.follow("form[action$='/restart'] button");
		assertThat(console.textOf(".notice")).contains("已开始重启运行 " + failed.jobExecutionId());
		Awaitility.await()
			.atMost(Duration.ofMinutes(3))
			.until(() -> jdbc.sql("SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1")
				.query(String.class)
				.single()
				.equals("COMPLETED"));
		console.open("/runs");
		assertThat(console.textOf("tbody tr:first-child .state")).isEqualTo("完成");
		console.screenshot("runs-restarted");
		console.signOut();
	}

}
