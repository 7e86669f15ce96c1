package org.vocstat.console;

import static org.vocstat.console.ConsolePages.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import org.awaitility.Awaitility;

import org.vocstat.faults.FaultInjection;
import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.Warehouses;

/**
 * A load that failed for real (a fault injected into a step, as a database outage would
 * fail it): the runs pages show it failed with its whole failure message, an auditor gets
 * no restart button and a 403 that changes nothing, and an operator's restart from the
 * console completes the load with every file's rows conserved.
 */
@ConsoleTest
class ConsoleRestartTest {

	private static final String FAILING_STEP = "ingest.qrp.exams";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FaultInjection faults;

	private long failed;

	@BeforeEach
	void failALoad(@Autowired BatchLoader loader, @Autowired ConsoleUsers users, @TempDir Path folder) {
		Warehouses.truncateAll(jdbc);
		for (ConsoleRole role : ConsoleRole.values()) {
			users.add(role.name() + "1", role, ConsoleWarehouse.password(role));
		}
		faults.arm(FAILING_STEP, 0);
		LoadOutcome outcome = loader.load(new BatchFixture().writeTo(folder), null, null, null);
		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.FAILED_RESTARTABLE);
		failed = outcome.jobExecutionId();
	}

	@AfterEach
	void disarm() {
		faults.arm(null, 0);
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return new ConsolePages(mvc, List.of()).page(request, status);
	}

	@Test
	void theFailedRunIsShownFailedWithItsWholeMessageAndAnOperatorsRestartCompletesIt() throws Exception {
		String message = jdbc.sql("""
				SELECT exit_message FROM batch_step_execution
				WHERE job_execution_id = :run AND status = 'FAILED'""")
			.param("run", failed)
			.query(String.class)
			.single();
		// More than the first line, which the list of runs shows.
		assertThat(message).contains(FAILING_STEP + ": injected fault");
		assertThat(message.lines().count()).isGreaterThan(1);
		assertThat(page(get("/runs").with(as(ConsoleRole.operator)), 200)).contains("/runs/" + failed + "\"", "失败");
		String run = page(get("/runs/" + failed).with(as(ConsoleRole.operator)), 200);
		assertThat(run).contains("失败信息（完整）", HtmlUtils.htmlEscape(message), "/runs/" + failed + "/restart", "重启");
		// What went wrong first, whole; the stack frames only behind the fold.
		String failure = run.substring(run.indexOf("失败信息（完整）"), run.indexOf("<details class=\"trace\""));
		assertThat(failure).contains(FAILING_STEP + ": injected fault").doesNotContain("\tat ", "at org.");

		mvc.perform(post("/runs/" + failed + "/restart").with(csrf()).with(as(ConsoleRole.operator)))
			.andExpect(status().is3xxRedirection());

		Awaitility.await()
			.atMost(Duration.ofMinutes(3))
			.until(() -> loadedBatches() == 1 && latestStatus().equals("COMPLETED"));
		assertThat(Warehouses.unconservedFiles(jdbc)).as("files not conserved").isZero();
		assertThat(Warehouses.stepStatuses(jdbc, "ingest.sms.students")).as("not ingested again")
			.containsExactly("COMPLETED");
		assertThat(jdbc.sql("SELECT who FROM audit_entry WHERE action = 'console restart'").query(String.class).list())
			.containsExactly("operator1");
		assertThat(page(get("/runs").with(as(ConsoleRole.auditor)), 200)).contains("完成");
	}

	@Test
	void anAuditorSeesNoRestartButtonAndTheirRestartIsForbiddenAndChangesNothing() throws Exception {
		String run = page(get("/runs/" + failed).with(as(ConsoleRole.auditor)), 200);
		assertThat(run).contains("失败信息（完整）").doesNotContain("/restart", "重启");
		long runs = runCount();

		page(post("/runs/" + failed + "/restart").with(csrf()).with(as(ConsoleRole.auditor)), 403);
		page(post("/runs/" + failed + "/restart").with(csrf()).with(as(ConsoleRole.statistician)), 403);

		assertThat(runCount()).isEqualTo(runs);
		assertThat(loadedBatches()).isZero();
		assertThat(latestStatus()).isEqualTo("FAILED");
	}

	private long runCount() {
		return jdbc.sql("SELECT count(*) FROM batch_job_execution").query(Long.class).single();
	}

	private long loadedBatches() {
		return jdbc.sql("SELECT count(*) FROM batch WHERE loaded_at IS NOT NULL").query(Long.class).single();
	}

	private String latestStatus() {
		return jdbc.sql("SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1")
			.query(String.class)
			.single();
	}

}
