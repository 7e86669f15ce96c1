package org.vocstat.pipeline;

/**
 * How a load ended, for the operator: the exit code, a one-line verdict, and the job
 * execution and batch it concerned (null when it never started or was refused before
 * registration).
 */
public record LoadOutcome(ExitCode exitCode, String verdict, Long jobExecutionId, Long batchId, boolean alreadyDone) {

	public LoadOutcome(ExitCode exitCode, String verdict, Long jobExecutionId, Long batchId) {
		this(exitCode, verdict, jobExecutionId, batchId, false);
	}

}
