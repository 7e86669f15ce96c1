package org.vocstat.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private WebDriver browser;

	private Path downloads;

	private List<String> names;

	@BeforeAll
	void loadSamplesAndStartTheBrowser(@Autowired BatchLoader loader, @Autowired ConsoleUsers users,
			@TempDir Path downloadFolder) throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!"true".equals(System.getenv("CI"))) {
			Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed (apt-get install)");
		}
		ConsoleWarehouse.load(loader, jdbc, users);
		names = ConsoleWarehouse.sampleNames();
		downloads = downloadFolder;
		Files.createDirectories(SCREENSHOTS);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1360,1000",
				"--lang=zh-CN", "--disable-gpu");
		Map<String, Object> prefs = new HashMap<>();
		prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
		prefs.put("download.prompt_for_download", false);
		options.setExperimentalOption("prefs", prefs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	void quitTheBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void eachRoleSignsInAndSeesTheReportWithItsCharts() {
		for (ConsoleRole role : ConsoleRole.values()) {
			signIn(role);
			open("/report?region=330400&period=AY2022");
			assertThat(browser.findElement(By.cssSelector("header .role")).getAttribute("title"))
				.isEqualTo(role.name());
			assertChartsDrew(5);
			screenshot("report-" + role);
			signOut();
		}
	}

	@Test
	void aWrongPasswordGetsNoHintWhichPartWasWrong() {
		open("/login");
		browser.manage().deleteAllCookies();
		open("/login");
		browser.findElement(By.name("username")).sendKeys("operator1");
		browser.findElement(By.name("password")).sendKeys("not-the-password");
		browser.findElement(By.cssSelector("form button")).click();
		assertThat(awaitElement(".error").getText()).isEqualTo("用户名或密码不正确");
		screenshot("login-error");
		open("/login");
		browser.findElement(By.name("username")).sendKeys("nobody");
		browser.findElement(By.name("password")).sendKeys("not-the-password");
		browser.findElement(By.cssSelector("form button")).click();
		assertThat(awaitElement(".error").getText()).isEqualTo("用户名或密码不正确");
	}

	@Test
	void reportToFigureToRowsToCsvDownload() throws IOException {
		signIn(ConsoleRole.auditor);
		open("/report?region=330400&period=AY2022");
		WebElement equipment = browser
			.findElement(By.cssSelector("a.differs[href*='indicator=" + ConsoleWarehouse.EQUIPMENT + "']"));
		assertThat(equipment.getAttribute("title")).startsWith("已发布 15036.18");
		equipment.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.getCurrentUrl().contains("/figure"));
		checkPage();
		assertThat(browser.findElement(By.cssSelector("section.difference")).getText()).contains("15036.18");
		assertChartsDrew(2);
		long total = Long
			.parseLong(browser.findElement(By.xpath("//dt[text()='来源行']/following-sibling::dd[1]")).getText().strip());
		screenshot("figure");
		browser.findElement(By.linkText("行号")).click();
		checkPage();
		assertThat(browser.findElements(By.cssSelector("table.source-rows tbody tr"))).hasSize(50);
		screenshot("figure-rows-by-line");
		browser.findElement(By.cssSelector("a.download")).click();
		Path csv = awaitDownload();
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines.size() - 1L).isEqualTo(total);
		ConsoleWarehouse.assertNoPersonalData(String.join("\n", lines), names);
		signOut();
	}

	@Test
	void anOperatorSeesTheRunsAndTheirActionsAnAuditorIsRefusedThem() {
		long run = jdbc.sql("""
				SELECT max(e.job_execution_id) FROM batch_job_execution e
				JOIN batch_job_instance i USING (job_instance_id) WHERE i.job_name = 'load'""")
			.query(Long.class)
			.single();
		signIn(ConsoleRole.operator);
		open("/runs");
		screenshot("runs");
		open("/runs/" + run);
		assertThat(browser.findElements(By.xpath("//button[text()='重算']"))).hasSize(1);
		screenshot("run-operator");
		browser.findElement(By.cssSelector("section.reasons tbody a")).click();
		checkPage();
		assertThat(browser.findElements(By.cssSelector("td.masked"))).isNotEmpty();
		screenshot("quarantine");
		signOut();

		signIn(ConsoleRole.auditor);
		open("/runs/" + run);
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
		open("/report?region=999999");
		assertThat(browser.getPageSource()).contains("找不到");
		screenshot("not-found");
		signOut();
	}

	@Test
	void theReportDocumentOpensOfflineAndDrawsItsCharts(@Autowired ReportDocument document) throws IOException {
		String html = document.render(ConsoleWarehouse.REGION, "AY2022");
		assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//")
			.contains("数据来源", "全国中等职业学校学生管理信息系统", "统计时点", "已发布 15036.18", "生成于");
		ConsoleWarehouse.assertNoPersonalData(ConsoleWarehouse.withoutLibrary(html), names);
		Path file = SCREENSHOTS.resolve("report-document.html").toAbsolutePath();
		Files.writeString(file, html, StandardCharsets.UTF_8);
		browser.get(file.toUri().toString());
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> ((Long) ((JavascriptExecutor) b).executeScript(
				"return Array.from(document.querySelectorAll('.chart svg')).filter(s => s.querySelectorAll('path').length > 5).length;")) == 5);
		screenshot("report-document");
	}

	private void signIn(ConsoleRole role) {
		// Cookies are deleted for the page's own site: be on the console's first.
		open("/login");
		browser.manage().deleteAllCookies();
		open("/login");
		screenshot("login");
		browser.findElement(By.name("username")).sendKeys(role + "1");
		browser.findElement(By.name("password")).sendKeys(ConsoleWarehouse.password(role));
		browser.findElement(By.cssSelector("form button")).click();
		awaitElement("header .role");
	}

	/** The element, once the page navigated to has it. */
	private WebElement awaitElement(String css) {
		return new WebDriverWait(browser, Duration.ofSeconds(20))
			.withMessage(() -> browser.getCurrentUrl() + ": " + browser.getPageSource())
			.until(b -> b.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
	}

	private void signOut() {
		browser.findElement(By.cssSelector("header form button")).click();
	}

	private void open(String path) {
		browser.get("http://127.0.0.1:" + port + path);
		checkPage();
	}

	/** Every page: no raw ID, no full name. */
	private void checkPage() {
		ConsoleWarehouse.assertNoPersonalData(browser.getPageSource(), names);
	}

	/** Each chart's canvas drew: it has pixels neither transparent nor white. */
	@SuppressWarnings("unchecked")
	private void assertChartsDrew(int charts) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> {
			List<Long> drawn = (List<Long>) ((JavascriptExecutor) b).executeScript("""
					return Array.from(document.querySelectorAll('.chart canvas')).map(canvas => {
					  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
					  let inked = 0;
					  for (let i = 0; i < data.length; i += 4) {
					    if (data[i + 3] > 0 && (data[i] < 230 || data[i + 1] < 230 || data[i + 2] < 230)) inked++;
					  }
					  return inked;
					});""");
			return drawn.size() == charts && drawn.stream().allMatch(inked -> inked > 200);
		});
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

	/** A screenshot of the whole page: the window is made as tall as the page for it. */
	private void screenshot(String name) {
		long height = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollHeight;");
		browser.manage().window().setSize(new Dimension(1360, (int) Math.min(Math.max(height, 1000), 8000)));
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		browser.manage().window().setSize(new Dimension(1360, 1000));
		try {
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
