package org.vocstat.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/**
 * The one status model of the terminal and the console, from what Spring Batch stored of
 * a run.
 */
class RunConditionTest {

	@Test
	void aRefusalAndAnInterruptionStoredAsFailedAreToldApart() {
		assertThat(run("FAILED",
				"org.vocstat.delivery.BatchRefusedException: qrp/exams.csv is missing\n\tat x.Y(Y.java:1)")
			.condition()).isEqualTo(RunCondition.REFUSED);
		assertThat(run("FAILED", "org.springframework.batch.core.job.JobInterruptedException\n\tat x.Y(Y.java:1)")
			.condition()).isEqualTo(RunCondition.STOPPED);
		assertThat(run("FAILED", "java.lang.IllegalStateException: boom").condition()).isEqualTo(RunCondition.FAILED);
		assertThat(run("COMPLETED", "").condition()).isEqualTo(RunCondition.LOADED);
		assertThat(run("STARTED", null).condition()).isEqualTo(RunCondition.RUNNING);
	}

	@Test
	void onlyWhatAResumeCanFinishIsRestartable() {
		assertThat(RunCondition.values()).filteredOn(RunCondition::restartable)
			.containsExactlyInAnyOrder(RunCondition.FAILED, RunCondition.STOPPED, RunCondition.RUNNING);
	}

	@Test
	void theReasonIsWholeWithoutStackFramesAndARefusalWithoutItsExceptionName() {
		assertThat(run("FAILED", """
				org.vocstat.delivery.BatchRefusedException: the batch is incomplete:
				qrp/exams.csv is missing
					at org.vocstat.pipeline.CheckBatchTasklet.execute(CheckBatchTasklet.java:40)
				""").reason()).isEqualTo("the batch is incomplete:\nqrp/exams.csv is missing");
		assertThat(run("FAILED", """
				org.springframework.dao.DataAccessResourceFailureException: the connection broke
					at org.springframework.jdbc.X.y(X.java:1)
				Caused by: org.postgresql.util.PSQLException: FATAL: terminating connection
					... 12 more
				""").reason())
			.isEqualTo("org.springframework.dao.DataAccessResourceFailureException: the connection broke\n"
					+ "Caused by: org.postgresql.util.PSQLException: FATAL: terminating connection");
		assertThat(run("COMPLETED", "").reason()).isEmpty();
	}

	private static RunSummary run(String status, String exitMessage) {
		LocalDateTime at = LocalDateTime.of(2026, 12, 7, 3, 14);
		return new RunSummary(7, "load", 1L, "330400", 2022, "/srv/inbox/b", status, status, at, at, exitMessage);
	}

}
