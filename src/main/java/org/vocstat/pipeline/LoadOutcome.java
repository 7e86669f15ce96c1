package org.vocstat.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.vocstat.delivery.BatchRefusedException;

/**
 * How a load ended, for the operator: the exit code, a one-line verdict, and the job
 * execution and batch it concerned (null when it never started or was refused before
 * registration). {@code key} and {@code arguments}, when there is a key, let the terminal
 * say the verdict in its own language (the command line's bundle, {@code verdict.KEY} or
 * {@code refused.KEY}); {@code verdict} is the English the log and the audit trail keep.
 */
public record LoadOutcome(ExitCode exitCode, String verdict, Long jobExecutionId, Long batchId, boolean alreadyDone,
		String key, List<Object> arguments) {

	public LoadOutcome {
		arguments = arguments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(arguments));
	}

	public LoadOutcome(ExitCode exitCode, String verdict, Long jobExecutionId, Long batchId, boolean alreadyDone) {
		this(exitCode, verdict, jobExecutionId, batchId, alreadyDone, null, List.of());
	}

	public LoadOutcome(ExitCode exitCode, String verdict, Long jobExecutionId, Long batchId) {
		this(exitCode, verdict, jobExecutionId, batchId, false);
	}

	/** A refusal, with the refusal's key and arguments when it has them. */
	public static LoadOutcome refused(BatchRefusedException refusal, Long jobExecutionId, Long batchId) {
		return new LoadOutcome(ExitCode.REFUSED, refusal.getMessage(), jobExecutionId, batchId, false, refusal.key(),
				Arrays.asList(refusal.arguments()));
	}

	/** Nothing done: another load holds the lock. */
	public static LoadOutcome busy(LoadBusyException busy) {
		return new LoadOutcome(ExitCode.BUSY, busy.getMessage(), null, null, false, busy.reason().key(),
				busy.reason().arguments());
	}

	/** The same outcome with a key for the terminal's language. */
	LoadOutcome keyed(String key, Object... arguments) {
		return new LoadOutcome(exitCode, verdict, jobExecutionId, batchId, alreadyDone, key, List.of(arguments));
	}

}
