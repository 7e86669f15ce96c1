package org.vocstat.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.pipeline.BatchLoader;

/**
 * The console in a real browser (Debian's chromium, headless, through chromedriver): each
 * role signs in; the report's charts draw; report → figure → rows → CSV download, whose
 * rows are the figure's; an auditor's operator action is refused; no page shows a raw ID
 * or a full name. A screenshot of each page goes to {@code target/screenshots/}.
 */
@ConsoleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private ConsoleBrowser console;

	private WebDriver browser;

	private Path downloads;

	private List<String> names;

	@BeforeAll
	void loadSamplesAndStartTheBrowser(@Autowired BatchLoader loader, @Autowired ConsoleUsers users,
			@TempDir Path downloadFolder) {
		ConsoleBrowser.assumeInstalled();
		ConsoleWarehouse.load(loader, jdbc, users);
		names = ConsoleWarehouse.sampleNames();
		downloads = downloadFolder;
		console = ConsoleBrowser.start(port, names, downloads);
		browser = console.driver;
	}

	@AfterAll
	void quitTheBrowser() {
		if (console != null) {
			console.close();
		}
	}

	@Test
	void eachRoleSignsInAndSeesTheReportWithItsCharts() {
		for (ConsoleRole role : ConsoleRole.values()) {
			console.signIn(role);
			console.open("/report?region=330400&period=AY2022");
			assertThat(browser.findElement(By.cssSelector("header .role")).getAttribute("title"))
				.isEqualTo(role.name());
			console.assertChartsDrew(5);
			console.screenshot("report-" + role);
			console.signOut();
		}
	}

	@Test
	void theRegionAndYearChooserOpensAnotherYear() {
		console.signIn(ConsoleRole.auditor);
		console.open("/report?region=330400&period=AY2022");
		browser.findElement(By.cssSelector("details.chooser summary")).click();
		console.screenshot("report-chooser-open");
		console.follow(b -> b.findElement(By.linkText("嘉兴市（330400） 2021 学年")));
		assertThat(console.textOf("h1 small")).startsWith("2021 学年");
		assertThat(console.textOf("details.chooser summary")).contains("2021 学年");
		console.signOut();
	}

	@Test
	void aWrongPasswordGetsNoHintWhichPartWasWrong() {
		console.open("/login");
		browser.manage().deleteAllCookies();
		console.open("/login");
		browser.findElement(By.name("username")).sendKeys("operator1");
		browser.findElement(By.name("password")).sendKeys("not-the-password");
		console.follow("form button");
		assertThat(console.awaitElement(".error").getText()).isEqualTo("用户名或密码不正确");
		console.screenshot("login-error");
		console.open("/login");
		browser.findElement(By.name("username")).sendKeys("nobody");
		browser.findElement(By.name("password")).sendKeys("not-the-password");
		console.follow("form button");
		assertThat(console.awaitElement(".error").getText()).isEqualTo("用户名或密码不正确");
	}

	@Test
	void reportToFigureToRowsToCsvDownload() throws IOException {
		console.signIn(ConsoleRole.auditor);
		console.open("/report?region=330400&period=AY2022");
		WebElement equipment = browser
			.findElement(By.cssSelector("a.differs[href*='indicator=" + ConsoleWarehouse.EQUIPMENT + "']"));
		assertThat(equipment.getAttribute("title")).startsWith("已发布 15036.18");
		console.follow(b -> equipment);
		assertThat(browser.getCurrentUrl()).contains("/figure");
		console.checkPage();
		assertThat(browser.findElement(By.cssSelector("section.difference")).getText()).contains("15036.18");
		console.assertChartsDrew(2);
		// The digest check, which the page loads after its first byte.
		assertThat(console.awaitElement("dd.digest.ok").getText()).contains("计算以来未变");
		long total = Long
			.parseLong(browser.findElement(By.xpath("//dt[text()='来源行']/following-sibling::dd[1]")).getText().strip());
		console.screenshot("figure");
		console.follow(b -> b.findElement(By.linkText("行号")));
		console.checkPage();
		assertThat(browser.findElements(By.cssSelector("table.source-rows tbody tr"))).hasSize(50);
		console.screenshot("figure-rows-by-line");
		browser.findElement(By.cssSelector("a.download")).click();
		Path csv = awaitDownload();
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines.size() - 1L).isEqualTo(total);
		ConsoleWarehouse.assertNoPersonalData(String.join("\n", lines), names);
		console.signOut();
	}

	@Test
	void anOperatorSeesTheRunsAndTheirActionsAnAuditorIsRefusedThem() {
		long run = jdbc.sql("""
				SELECT max(e.job_execution_id) FROM batch_job_execution e
				JOIN batch_job_instance i USING (job_instance_id) WHERE i.job_name = 'load'""")
			.query(Long.class)
			.single();
		console.signIn(ConsoleRole.operator);
		console.open("/runs");
		console.screenshot("runs");
		console.open("/runs/" + run);
		assertThat(browser.findElements(By.xpath("//button[text()='重算']"))).hasSize(1);
		console.screenshot("run-operator");
		console.follow("section.reasons tbody a");
		console.checkPage();
		assertThat(browser.findElements(By.cssSelector("td.masked"))).isNotEmpty();
		console.screenshot("quarantine");
		console.signOut();

		console.signIn(ConsoleRole.auditor);
		console.open("/runs/" + run);
		assertThat(browser.findElements(By.xpath("//button[text()='重算']"))).isEmpty();
		long runs = jdbc.sql("SELECT count(*) FROM batch_job_execution").query(Long.class).single();
		Object status = ((JavascriptExecutor) browser).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						const token = document.querySelector('input[name=_csrf]').value;
						fetch('/runs/%d/rerun', { method: 'POST', body: new URLSearchParams({ from: 'indicators', _csrf: token }) })
						  .then(r => r.text().then(t => done(r.status + ' ' + t)));"""
					.formatted(run));
		assertThat(status.toString()).startsWith("403").contains("无权执行此操作").doesNotContain("Exception");
		assertThat(jdbc.sql("SELECT count(*) FROM batch_job_execution").query(Long.class).single()).isEqualTo(runs);
		console.open("/report?region=999999");
		assertThat(browser.getPageSource()).contains("找不到");
		console.screenshot("not-found");
		console.signOut();
	}

	@Test
	void theReportDocumentOpensOfflineAndDrawsItsCharts(@Autowired ReportDocument document) throws IOException {
		String html = document.render(ConsoleWarehouse.REGION, "AY2022");
		assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//")
			.contains("数据来源", "全国中等职业学校学生管理信息系统", "统计时点", "已发布 15036.18", "生成于");
		ConsoleWarehouse.assertNoPersonalData(ConsoleWarehouse.withoutLibrary(html), names);
		Path file = ConsoleBrowser.SCREENSHOTS.resolve("report-document.html").toAbsolutePath();
		Files.writeString(file, html, StandardCharsets.UTF_8);
		browser.get(file.toUri().toString());
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> ((Long) ((JavascriptExecutor) b).executeScript(
				"return Array.from(document.querySelectorAll('.chart svg')).filter(s => s.querySelectorAll('path').length > 5).length;")) == 5);
		console.screenshot("report-document");
	}

	private Path awaitDownload() {
		return new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> {
			try (Stream<Path> files = Files.list(downloads)) {
				return files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElse(null);
			}
			catch (IOException ex) {
				return null;
			}
		});
	}

}
