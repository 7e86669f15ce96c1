package org.vocstat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The one line an operator reads when a run did not complete names every step that
 * failed, with its cause, or the steps that stopped, whichever lane they ran in; not the
 * job's generic wrapper.
 */
class RunCauseTest {

	private final JobExecution run = new JobExecution(7, new JobInstance(1, "load"), new JobParameters());

	@Test
	void everyFailedStepIsNamedWithItsCauseInTheOrderTheyStarted() {
		step(5, "ingest.tss.students", BatchStatus.FAILED).addFailureException(new DataAccessResourceFailureException(
				"PreparedStatementCallback; SQL [COPY …]", new SQLException("FATAL: terminating connection")));
		step(4, "ingest.sms.students", BatchStatus.FAILED).addFailureException(
				new IllegalStateException("ingest.sms.students: injected fault after 3 committed chunks"));
		step(3, "ingest.qrp.schools", BatchStatus.COMPLETED);
		run.addFailureException(new JobExecutionException("Flow execution ended unexpectedly"));

		assertThat(BatchLoader.causeOf(run)).isEqualTo("ingest.sms.students: injected fault after 3 committed chunks; "
				+ "ingest.tss.students: FATAL: terminating connection");
	}

	@Test
	void stoppedStepsAreNamed() {
		step(4, "ingest.tss.students", BatchStatus.STOPPED);
		step(3, "ingest.sms.students", BatchStatus.STOPPED);
		step(2, "ingest.qrp.schools", BatchStatus.COMPLETED);
		run.addFailureException(new JobExecutionException("Job interrupted by step execution"));

		assertThat(BatchLoader.causeOf(run))
			.isEqualTo("stopped on request in ingest.sms.students, ingest.tss.students");
	}

	@Test
	void withoutAFailedOrStoppedStepTheJobsFailureSpeaksByItsInnermostCause() {
		step(2, "ingest.qrp.schools", BatchStatus.COMPLETED);
		run.addFailureException(
				new JobExecutionException("Flow execution ended unexpectedly", new DataAccessResourceFailureException(
						"could not update the step", new SQLException("connection refused"))));

		assertThat(BatchLoader.causeOf(run)).isEqualTo("connection refused");
	}

	@Test
	void aStepFailureWithoutAMessageNamesTheStepAndTheKindNeverTheStackTrace() {
		NullPointerException failure = new NullPointerException();
		StepExecution step = step(2, "reconcile", BatchStatus.FAILED);
		step.addFailureException(failure);
		// As Spring Batch records a failed step: the stack trace as its exit description.
		step.setExitStatus(ExitStatus.FAILED.addExitDescription(failure));

		assertThat(BatchLoader.causeOf(run)).isEqualTo("reconcile: NullPointerException");
	}

	@Test
	void aMessageOnSeveralLinesComesOnOne() {
		step(2, "ingest.sms.students", BatchStatus.FAILED).addFailureException(new IllegalStateException(
				"COPY into staging failed: ERROR: could not extend file\n  Detail: No space left on device\n  Where: COPY stg"));

		assertThat(BatchLoader.causeOf(run))
			.isEqualTo("ingest.sms.students: COPY into staging failed: ERROR: could not "
					+ "extend file / Detail: No space left on device / Where: COPY stg");
	}

	@Test
	void aRunWithoutAnyCauseSaysSoInsteadOfNull() {
		step(2, "ingest.qrp.schools", BatchStatus.COMPLETED);

		assertThat(BatchLoader.causeOf(run)).isEqualTo("no step failed, and the run left no cause; see the log");
	}

	private StepExecution step(long id, String name, BatchStatus status) {
		StepExecution step = new StepExecution(id, name, run);
		step.setStatus(status);
		run.addStepExecution(step);
		return step;
	}

}
