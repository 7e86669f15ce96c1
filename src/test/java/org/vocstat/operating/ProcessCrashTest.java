package org.vocstat.operating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.VocstatApplication;
import org.vocstat.operator.VocstatCli;
import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PausedChild;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.TestPaths;
import org.vocstat.support.Warehouses;

/**
 * A real vocstat process, halted mid-file in both ingest lanes by configuration (fault
 * mode pause), then killed with SIGKILL or stopped with SIGTERM. Killed: the run stays
 * marked running, and the next load recovers it through Spring Batch and resumes it.
 * Stopped: each lane's step ends at a chunk boundary, STOPPED and restartable. Either way
 * the final warehouse prints the same {@code vocstat indicators} as a run that never
 * stopped, byte for byte.
 */
@PostgresTest
class ProcessCrashTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	private Path batch;

	@BeforeEach
	void batchWithSeveralStudents() {
		Warehouses.truncateAll(jdbc);
		BatchFixture fixture = new BatchFixture().withSmsStudents(6, 3, "20", "男");
		for (int i = 1; i <= 6; i++) {
			fixture.append("tss/students.csv", BatchFixture.tssStudent("T202210" + i,
					BatchFixture.id("330411", "2007020" + i, "40" + i), "200702"));
		}
		batch = fixture.writeTo(folder.resolve("batch"));
	}

	@Test
	void aProcessKilledMidIngestIsRecoveredAndResumedToTheCleanResult() throws Exception {
		Process child = startPausedLoad();
		assertThat(child.destroyForcibly().waitFor(60, TimeUnit.SECONDS)).as("the child was killed").isTrue();

		assertThat(jdbc.sql("SELECT status FROM batch_job_execution").query(String.class).single())
			.isEqualTo("STARTED");
		long batchId = jdbc.sql("SELECT batch_id FROM batch").query(Long.class).single();
		assertThat(jdbc.sql("SELECT count(*) FROM stg_sms_student_b" + batchId).query(Long.class).single())
			.isEqualTo(3);
		assertThat(jdbc.sql("SELECT count(*) FROM stg_tss_student_b" + batchId).query(Long.class).single())
			.isEqualTo(3);
		// The killed child's session, and with it the load lock, ends as soon as the
		// server sees its socket close.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(status()).containsPattern(
					"run \\d+ is marked STARTED but no vocstat process runs it: it was killed or crashed in step ingest\\.(sms|tss)"
							+ "\\.students, ingest\\.(sms|tss)\\.students\\. vocstat restart \\d+ resumes it")
				.containsPattern("\\d+,ingest\\.sms\\.students,,,,,,,,[0-9.]+,STARTED,in progress since ")
				.containsPattern("\\d+,ingest\\.tss\\.students,,,,,,,,[0-9.]+,STARTED,in progress since "));

		LoadOutcome resumed = loader.load(batch, null, null, null);

		assertThat(resumed.exitCode()).as(resumed.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(
				jdbc.sql("SELECT status FROM batch_job_execution ORDER BY job_execution_id").query(String.class).list())
			.containsExactly("FAILED", "COMPLETED");
		assertThat(Warehouses.unconservedFiles(jdbc)).isZero();
		assertThat(indicatorsCsv()).isEqualTo(cleanIndicatorsCsv());
	}

	@Test
	void sigtermStopsAtAChunkBoundaryAndTheRunResumesToTheCleanResult() throws Exception {
		Process child = startPausedLoad();
		stopWithSigterm(child, 120);

		assertThat(jdbc.sql("SELECT status FROM batch_job_execution").query(String.class).single())
			.isEqualTo("STOPPED");
		// Each lane's running step stopped at its chunk boundary.
		assertThat(jdbc.sql("""
				SELECT step_name || ' ' || status FROM batch_step_execution
				WHERE step_name IN ('ingest.sms.students', 'ingest.tss.students') ORDER BY step_name""")
			.query(String.class)
			.list()).containsExactly("ingest.sms.students STOPPED", "ingest.tss.students STOPPED");

		LoadOutcome resumed = loader.load(batch, null, null, null);

		assertThat(resumed.exitCode()).as(resumed.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(Warehouses.unconservedFiles(jdbc)).isZero();
		assertThat(indicatorsCsv()).isEqualTo(cleanIndicatorsCsv());
	}

	@Test
	void sigtermWithTheEmbeddedDatabaseStopsTheStepFirstAndTheDatabaseAfter() throws Exception {
		Path home = folder.resolve("home");
		Process child = startPausedLoad(home);
		stopWithSigterm(child, 120);
		// The child shut its PostgreSQL down itself, after the step (no server left
		// behind to be found orphaned).
		assertThat(home.resolve("pgdata/postmaster.pid")).doesNotExist();

		StringWriter status = new StringWriter();
		assertThat(VocstatCli.execute(VocstatApplication.class,
				new String[] { "--home", home.toString(), "status", "--format", "csv" }, new PrintWriter(status, true),
				new PrintWriter(new StringWriter(), true)))
			.isZero();
		assertThat(status.toString()).contains(",STOPPED,");
		StringWriter resumed = new StringWriter();
		assertThat(VocstatCli.execute(VocstatApplication.class,
				new String[] { "--home", home.toString(), "load", batch.toString() }, new PrintWriter(resumed, true),
				new PrintWriter(new StringWriter(), true)))
			.as(resumed.toString())
			.isZero();
		assertThat(resumed.toString()).contains("OK [run 2]");
	}

	@Test
	void sigtermEndsAPauseInsideAValidationWorker() throws Exception {
		Process child = startPausedLoad(null, "ingest.sms.students@worker", 3, 1);
		stopWithSigterm(child, 60);

		assertThat(jdbc.sql("SELECT status FROM batch_job_execution").query(String.class).single())
			.isEqualTo("STOPPED");
		LoadOutcome resumed = loader.load(batch, null, null, null);

		assertThat(resumed.exitCode()).as(resumed.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(Warehouses.unconservedFiles(jdbc)).isZero();
	}

	@Test
	void sigtermBeforeReconciliationStopsTheRunWithoutReconcilingAndTheResumeDoesIt() throws Exception {
		Process child = startPausedLoad(null, "reconcile", 0, 1);
		stopWithSigterm(child, 60);

		assertThat(jdbc.sql("SELECT status FROM batch_job_execution").query(String.class).single())
			.isEqualTo("STOPPED");
		assertThat(jdbc.sql("SELECT status FROM batch_step_execution WHERE step_name = 'reconcile'")
			.query(String.class)
			.single()).isEqualTo("STOPPED");
		assertThat(jdbc.sql("SELECT count(*) FROM person_ledger").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM batch WHERE loaded_at IS NOT NULL").query(Long.class).single())
			.isZero();

		LoadOutcome resumed = loader.load(batch, null, null, null);

		assertThat(resumed.exitCode()).as(resumed.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(indicatorsCsv()).isEqualTo(cleanIndicatorsCsv());
	}

	/**
	 * {@code vocstat status RUN --format csv} of the only run: its steps, then the
	 * verdict line.
	 */
	private String status() {
		long run = jdbc.sql("SELECT job_execution_id FROM batch_job_execution").query(Long.class).single();
		List<String> args = new ArrayList<>(List.of("status", Long.toString(run), "--format", "csv"));
		args.addAll(List.of(TestPaths.springArgs()));
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		assertThat(VocstatCli.execute(VocstatApplication.class, args.toArray(String[]::new), new PrintWriter(out, true),
				new PrintWriter(err, true)))
			.isZero();
		return out + err.toString();
	}

	/**
	 * Sends SIGTERM and asserts the child ends within {@code seconds} (the 60-second
	 * cases are well within the two minutes the process would wait for a job that does
	 * not stop), with exit code 143. Whatever happens the child is gone afterwards: one
	 * left running would hold the load lock and fail every test after this one.
	 */
	private static void stopWithSigterm(Process child, int seconds) throws InterruptedException {
		child.destroy();
		try {
			assertThat(child.waitFor(seconds, TimeUnit.SECONDS)).as("the child stopped on SIGTERM").isTrue();
			assertThat(child.exitValue()).as("128 + SIGTERM's 15, whatever the stopped command returned")
				.isEqualTo(143);
		}
		finally {
			child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	/**
	 * Starts {@code vocstat load} in a child JVM on the test database that halts both
	 * ingest lanes mid-file: after 3 chunks of sms/students.csv in one, and of
	 * tss/students.csv in the other.
	 */
	private Process startPausedLoad() throws Exception {
		return startPausedLoad(null);
	}

	/**
	 * As {@link #startPausedLoad()}; with {@code home}, on the embedded PostgreSQL the
	 * child starts there.
	 */
	private Process startPausedLoad(Path home) throws Exception {
		return startPausedLoad(home, "ingest.sms.students,ingest.tss.students", 3, 2);
	}

	/**
	 * A child load that halts at {@code faultSteps} after {@code afterChunks} chunks (or
	 * runs of records), returned once it reported each of the pauses expected.
	 */
	private Process startPausedLoad(Path home, String faultSteps, int afterChunks, int pausesExpected)
			throws Exception {
		List<String> command = new ArrayList<>();
		if (home == null) {
			command.addAll(List.of("load", batch.toString()));
			command.addAll(List.of(TestPaths.springArgs()));
		}
		else {
			command.addAll(List.of("--home", home.toString(), "load", batch.toString()));
		}
		command.addAll(List.of("--vocstat.ingest.chunk-size=1", "--vocstat.ingest.lanes=2",
				"--vocstat.fault.step=" + faultSteps, "--vocstat.fault.after-chunks=" + afterChunks,
				"--vocstat.fault.mode=pause"));
		return PausedChild.start(command, pausesExpected);
	}

	private String cleanIndicatorsCsv() {
		Warehouses.truncateAll(jdbc);
		assertThat(loader.load(batch, null, null, null).exitCode()).isEqualTo(ExitCode.SUCCESS);
		return indicatorsCsv();
	}

	private static String indicatorsCsv() {
		List<String> args = new ArrayList<>(List.of("indicators", "--period", "AY2022", "--format", "csv"));
		args.addAll(List.of(TestPaths.springArgs()));
		StringWriter out = new StringWriter();
		int code = VocstatCli.execute(VocstatApplication.class, args.toArray(String[]::new), new PrintWriter(out, true),
				new PrintWriter(new StringWriter(), true));
		assertThat(code).isZero();
		return out.toString();
	}

}
