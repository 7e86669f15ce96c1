package org.vocstat.faults;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code vocstat.fault.step=ingest.sms.students} with {@code vocstat.fault.after-chunks=N} makes that step fail once,
 * after N chunks were committed, as a database outage or a crash would; the restart then runs normally. Operators
 * use it to rehearse a restart; tests use it to prove that a restarted load equals a clean one.
 */
@Component
public class FaultInjection {

	private volatile String step;

	private volatile int afterChunks;

	public FaultInjection(@Value("${vocstat.fault.step:}") String step,
			@Value("${vocstat.fault.after-chunks:0}") int afterChunks) {
		arm(step, afterChunks);
	}

	/** Makes {@code step} fail once after {@code afterChunks} committed chunks (a blank step disarms). */
	public void arm(String step, int afterChunks) {
		this.step = step == null || step.isBlank() ? null : step;
		this.afterChunks = afterChunks;
	}

	/**
	 * Called by a step before each chunk with how many chunks it has committed; throws the injected fault once.
	 */
	public void beforeChunk(String stepName, int committedChunks) {
		String armed = step;
		if (armed != null && armed.equals(stepName) && committedChunks >= afterChunks) {
			step = null;
			throw new InjectedFault(stepName + ": injected fault after " + committedChunks + " committed chunks");
		}
	}

	/** The failure {@link FaultInjection} raises. */
	public static class InjectedFault extends RuntimeException {

		InjectedFault(String message) {
			super(message);
		}

	}

}
