package org.vocstat.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one error page through the servlet container, as a browser meets it: a handler that
 * fails with an unexpected exception gets the console's 5xx page without the exception's
 * class, message or stack trace, and a page that does not exist the console's 404 page.
 */
@ConsoleTest
class ConsoleErrorPagesTest {

	/** What the failing handler's exception says: it must reach the log only. */
	private static final String SECRET = "connection to 10.0.0.7 refused for user vocstat_secret";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	/**
	 * A handler that fails as an outage would (registered as the configuration's member
	 * class): only this test's context has it.
	 */
	@TestConfiguration
	static class FailingHandler {

		@RestController
		static class Failing {

			@GetMapping("/test/fails")
			String fails() {
				throw new IllegalStateException(SECRET);
			}

		}

	}

	@BeforeEach
	void signIn(@Autowired ConsoleUsers users) throws Exception {
		users.add("auditor1", ConsoleRole.auditor, ConsoleWarehouse.password(ConsoleRole.auditor));
		String login = get("/login").body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
		String form = "username=auditor1&password="
				+ URLEncoder.encode(ConsoleWarehouse.password(ConsoleRole.auditor), StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location")).as("signed in")
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	@Test
	void aServerErrorGetsTheConsolesPageWithoutAStackTrace() throws Exception {
		HttpResponse<String> response = get("/test/fails");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("<h1><span>500</span>", "服务器出错，请查看日志", "返回报告", "class=\"top\"")
			.doesNotContain("IllegalStateException", "10.0.0.7", "vocstat_secret", "at org.", "Whitelabel");
	}

	@Test
	void aPageThatDoesNotExistGetsTheConsoles404Page() throws Exception {
		HttpResponse<String> response = get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<h1><span>404</span>", "找不到", "返回报告", "class=\"top\"")
			.doesNotContain("Exception", "Whitelabel");
	}

	@Test
	void aBadRequestStillGetsTheConsoles400PageWithItsSentence() throws Exception {
		HttpResponse<String> response = get("/runs/x");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<h1><span>400</span>", "请求有误", "run is not long: x")
			.doesNotContain("Exception");
	}

	private HttpResponse<String> get(String path) throws Exception {
		// As a browser asks: other clients get Spring Boot's JSON error body.
		return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
