package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.vocstat.audit.RunSummary;

/** What {@code vocstat status} calls a run, from what Spring Batch stored of it. */
class RunStateTest {

	private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 7, 3, 14, 15);

	@Test
	void aRefusedBatchIsRefusedWithItsRegionYearFolderAndTheWholeReason() {
		RunState state = RunState.of(run("FAILED", """
				org.vocstat.delivery.BatchRefusedException: the batch is incomplete:
				qrp/exams.csv is missing
					at org.vocstat.pipeline.CheckBatchTasklet.execute(CheckBatchTasklet.java:40)
					at org.springframework.batch.core.step.tasklet.TaskletStep.doInTransaction(TaskletStep.java:1)
				"""));

		assertThat(state.state()).isEqualTo("REFUSED");
		assertThat(state.message()).isEqualTo("the batch is incomplete:\nqrp/exams.csv is missing");
		assertThat(state.region()).isEqualTo("330400");
		assertThat(state.academicYear()).isEqualTo(2022);
		assertThat(state.folder()).isEqualTo("/srv/inbox/bad-missing-exams");
	}

	@Test
	void aRunInterruptedBySigtermIsStoppedWithHowToResumeNotFailed() {
		RunState state = RunState.of(run("FAILED",
				"org.springframework.batch.core.job.JobInterruptedException\n\tat org.springframework.batch.X.y(X.java:1)"));

		assertThat(state.state()).isEqualTo("STOPPED");
		assertThat(state.message()).doesNotContain("JobInterruptedException");
		assertThat(state.next()).contains("vocstat restart 7");
	}

	@Test
	void aFailedRunShowsTheWholeMessageWithoutStackFramesAndHowToRestart() {
		RunState state = RunState.of(run("FAILED", """
				org.springframework.dao.DataAccessResourceFailureException: the connection broke
					at org.springframework.jdbc.X.y(X.java:1)
				Caused by: org.postgresql.util.PSQLException: FATAL: terminating connection
					at org.postgresql.Z.z(Z.java:2)
					... 12 more
				"""));

		assertThat(state.state()).isEqualTo("FAILED");
		assertThat(state.message())
			.isEqualTo("org.springframework.dao.DataAccessResourceFailureException: the connection broke\n"
					+ "Caused by: org.postgresql.util.PSQLException: FATAL: terminating connection");
		assertThat(state.next()).contains("vocstat restart 7");
	}

	@Test
	void completedIsLoadedAndUnfinishedIsRunning() {
		assertThat(RunState.of(run("COMPLETED", "")).state()).isEqualTo("LOADED");
		assertThat(RunState.of(run("STARTED", "")).state()).isEqualTo("RUNNING");
		assertThat(RunState.of(run("STOPPED", "")).state()).isEqualTo("STOPPED");
	}

	private static RunSummary run(String status, String exitMessage) {
		return new RunSummary(7, "load", null, "330400", 2022, "/srv/inbox/bad-missing-exams", status, status, AT, AT,
				exitMessage);
	}

}
