package org.vocstat.audit;

import java.util.concurrent.ExecutionException;

import org.springframework.batch.core.step.FatalStepExecutionException;

/**
 * What really failed a step: a chunk-oriented step wraps its chunk's failure ("Unable to
 * process chunk"), and the failure of a run processed on a worker thread comes wrapped
 * once more; the operator and the audit want the failure itself.
 */
public final class StepFailure {

	private StepFailure() {
	}

	/** {@code failure} without the wrappers Spring Batch and the task executor add. */
	public static Throwable of(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof FatalStepExecutionException || cause instanceof ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

}
