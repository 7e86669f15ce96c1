package org.vocstat.faults;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code vocstat.fault.step=ingest.sms.students} with
 * {@code vocstat.fault.after-chunks=N} makes that step fail once, after N chunks were
 * committed, as a database outage or a crash would; the restart then runs normally. With
 * {@code vocstat.fault.mode=pause} the step instead halts there (logging that it did)
 * until the process is asked to stop, so a drill can kill or stop the process at a known
 * point. Several steps may be named, separated by commas
 * ({@code ingest.sms.students,ingest.tss.students}): each fails or halts once at its own
 * N-th chunk, which halts both ingest lanes mid-file at once. {@code <step>@finish} and
 * the one-transaction steps are checked at 0 chunks, so they fire only with
 * {@code after-chunks=0}. Operators use it to rehearse a restart; tests use it to prove
 * that a restarted load equals a clean one (waiting until {@link #paused()} before they
 * {@link #release()}: a release before the pause begins does not end it). Made only when
 * configured ({@link FaultConfiguration}); the steps take it as a listener then.
 */
public class FaultInjection {

	private static final Logger log = LoggerFactory.getLogger(FaultInjection.class);

	/** The steps still armed; each fires once. */
	private final Set<String> armed = ConcurrentHashMap.newKeySet();

	private volatile int afterChunks;

	private final boolean pause;

	private int paused;

	/**
	 * Counts {@link #release()} calls: a pause ends when it changes, however many steps
	 * wait on it.
	 */
	private long releases;

	public FaultInjection(String step, int afterChunks, String mode) {
		arm(step, afterChunks);
		this.pause = mode.equals("pause");
	}

	/**
	 * Makes each step of {@code steps} (comma-separated) fail once after
	 * {@code afterChunks} committed chunks; a blank value disarms.
	 */
	public void arm(String steps, int afterChunks) {
		armed.clear();
		this.afterChunks = afterChunks;
		if (steps != null) {
			Arrays.stream(steps.split(",")).map(String::strip).filter(step -> !step.isEmpty()).forEach(armed::add);
		}
	}

	/**
	 * Called by a step before each chunk with how many chunks it has committed; throws
	 * the injected fault once.
	 */
	public void beforeChunk(String stepName, int committedChunks) {
		beforeChunk(stepName, committedChunks, () -> false);
	}

	/**
	 * As {@link #beforeChunk(String, int)}; a pause lasts until {@code stopRequested}
	 * says so.
	 */
	public void beforeChunk(String stepName, int committedChunks, BooleanSupplier stopRequested) {
		if (committedChunks < afterChunks || !armed.remove(stepName)) {
			return;
		}
		if (!pause) {
			throw new InjectedFault(stepName + ": injected fault after " + committedChunks + " committed chunks");
		}
		log.warn("{}: paused by fault injection after {} committed chunks", stepName, committedChunks);
		synchronized (this) {
			paused++;
			long before = releases;
			try {
				while (!stopRequested.getAsBoolean() && releases == before) {
					wait(100);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				paused--;
			}
		}
	}

	/** Whether a step is halted at a pause now. */
	public synchronized boolean paused() {
		return paused > 0;
	}

	/** How many steps are halted at a pause now (one per lane at most). */
	public synchronized int pausedSteps() {
		return paused;
	}

	/**
	 * Lets every paused step go on (a drill that, say, stopped the database meanwhile).
	 */
	public synchronized void release() {
		releases++;
		notifyAll();
	}

	/** The failure {@link FaultInjection} raises. */
	public static class InjectedFault extends RuntimeException {

		InjectedFault(String message) {
			super(message);
		}

	}

}
