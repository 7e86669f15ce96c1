package org.vocstat.faults;

import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code vocstat.fault.step=ingest.sms.students} with {@code vocstat.fault.after-chunks=N} makes that step fail once,
 * after N chunks were committed, as a database outage or a crash would; the restart then runs normally. With
 * {@code vocstat.fault.mode=pause} the step instead halts there (logging that it did) until the process is asked to
 * stop, so a drill can kill or stop the process at a known point. Operators use it to rehearse a restart; tests use
 * it to prove that a restarted load equals a clean one.
 */
@Component
public class FaultInjection {

	private static final Logger log = LoggerFactory.getLogger(FaultInjection.class);

	private volatile String step;

	private volatile int afterChunks;

	private final boolean pause;

	private boolean paused;

	private boolean released;

	public FaultInjection(@Value("${vocstat.fault.step:}") String step,
			@Value("${vocstat.fault.after-chunks:0}") int afterChunks, @Value("${vocstat.fault.mode:fail}") String mode) {
		arm(step, afterChunks);
		this.pause = mode.equals("pause");
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
		beforeChunk(stepName, committedChunks, () -> false);
	}

	/** As {@link #beforeChunk(String, int)}; a pause lasts until {@code stopRequested} says so. */
	public void beforeChunk(String stepName, int committedChunks, BooleanSupplier stopRequested) {
		String armed = step;
		if (armed == null || !armed.equals(stepName) || committedChunks < afterChunks) {
			return;
		}
		step = null;
		if (!pause) {
			throw new InjectedFault(stepName + ": injected fault after " + committedChunks + " committed chunks");
		}
		log.warn("{}: paused by fault injection after {} committed chunks", stepName, committedChunks);
		synchronized (this) {
			paused = true;
			released = false;
			while (!stopRequested.getAsBoolean() && !released) {
				try {
					wait(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			paused = false;
		}
	}

	/** Whether a step is halted at a pause now. */
	public synchronized boolean paused() {
		return paused;
	}

	/** Lets a paused step go on (a drill that, say, stopped the database meanwhile). */
	public synchronized void release() {
		released = true;
		notifyAll();
	}

	/** The failure {@link FaultInjection} raises. */
	public static class InjectedFault extends RuntimeException {

		InjectedFault(String message) {
			super(message);
		}

	}

}
