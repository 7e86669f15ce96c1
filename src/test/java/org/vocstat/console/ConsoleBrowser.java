package org.vocstat.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless through chromedriver, on the console of a test: signs in as
 * a role, opens pages checking each for personal data, and saves screenshots under
 * {@code target/screenshots/}. Without chromium the browser tests are skipped, except
 * with {@code CI=true}, where they fail.
 */
final class ConsoleBrowser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	final WebDriver driver;

	private final int port;

	private final List<String> names;

	private ConsoleBrowser(WebDriver driver, int port, List<String> names) {
		this.driver = driver;
		this.port = port;
		this.names = names;
	}

	/** Skips the test class when chromium is not installed (fails instead under CI). */
	static void assumeInstalled() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!"true".equals(System.getenv("CI"))) {
			Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed (apt-get install)");
		}
	}

	/** A browser on the console at {@code port}, downloading into {@code downloads}. */
	static ConsoleBrowser start(int port, List<String> names, Path downloads) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
		return new ConsoleBrowser(new ChromeDriver(service, options), port, names);
	}

	void signIn(ConsoleRole role) {
		// Cookies are deleted for the page's own site: be on the console's first.
		open("/login");
		driver.manage().deleteAllCookies();
		open("/login");
		screenshot("login");
		driver.findElement(By.name("username")).sendKeys(role + "1");
		driver.findElement(By.name("password")).sendKeys(ConsoleWarehouse.password(role));
		follow("form button");
		awaitElement("header .role");
	}

	void signOut() {
		follow("header form button");
	}

	void open(String path) {
		driver.get("http://127.0.0.1:" + port + path);
		checkPage();
	}

	/** Every page: no raw ID, no full name. */
	void checkPage() {
		ConsoleWarehouse.assertNoPersonalData(driver.getPageSource(), names);
	}

	/** The element, once the page navigated to has it. */
	WebElement awaitElement(String css) {
		return new WebDriverWait(driver, Duration.ofSeconds(20))
			.withMessage(() -> driver.getCurrentUrl() + ": " + driver.getPageSource())
			.until(b -> b.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
	}

	/**
	 * Clicks what {@code target} finds and waits for the page it leads to: the page
	 * clicked on gone and the next one loaded, so that what is read next is never the old
	 * page. The click is tried again if the page was replaced between finding and
	 * clicking.
	 */
	void follow(Function<WebDriver, WebElement> target) {
		// The page clicked on is marked; the page it leads to is a new document without
		// the mark. (Waiting for the old page's element to go stale also works, but
		// chromedriver sometimes answers a question about it with an error of its own.)
		new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(b -> {
			((JavascriptExecutor) b).executeScript("window.vocstatLeaving = true;");
			target.apply(b).click();
			return true;
		});
		new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
			.until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b)
				.executeScript("return window.vocstatLeaving === undefined && document.readyState === 'complete';")));
	}

	/** {@link #follow} for the first element matching {@code css}. */
	void follow(String css) {
		follow(b -> b.findElement(By.cssSelector(css)));
	}

	/** {@link #follow} for {@code css} inside the element {@code id}. */
	void follow(String id, String css) {
		follow(b -> b.findElement(By.id(id)).findElement(By.cssSelector(css)));
	}

	/**
	 * The text of the element {@code css}, read again if the page was replaced meanwhile.
	 */
	String textOf(String css) {
		return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until(b -> b.findElement(By.cssSelector(css)).getText());
	}

	/** A screenshot of the whole page: the window is made as tall as the page for it. */
	void screenshot(String name) {
		long height = (Long) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollHeight;");
		driver.manage().window().setSize(new Dimension(1360, (int) Math.min(Math.max(height, 1000), 8000)));
		File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		driver.manage().window().setSize(new Dimension(1360, 1000));
		try {
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An action POSTed from the page with its CSRF token: the status and the answer. */
	String postFromPage(String path, String form) {
		Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const token = document.querySelector('input[name=_csrf]').value;
				fetch('%s', { method: 'POST', body: new URLSearchParams(%s + '&_csrf=' + encodeURIComponent(token)) })
				  .then(r => r.text().then(t => done(r.status + ' ' + t)));""".formatted(path, "'" + form + "'"));
		assertThat(answer).isNotNull();
		return answer.toString();
	}

	/** Each chart's canvas drew: it has pixels neither transparent nor white. */
	@SuppressWarnings("unchecked")
	void assertChartsDrew(int charts) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(b -> {
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

	@Override
	public void close() {
		driver.quit();
	}

}
