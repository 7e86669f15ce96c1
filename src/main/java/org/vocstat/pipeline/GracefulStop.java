package org.vocstat.pipeline;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import org.vocstat.ingest.StopSignal;

/**
 * Stopping at a chunk boundary on SIGTERM: once a stop is requested, each running ingest
 * step (one per lane) ends after the chunk it is committing, no one-transaction step
 * begins (the run is STOPPED and restartable from there), and the process waits for the
 * running job before it closes the database.
 */
@Component
public class GracefulStop implements JobExecutionListener, StopSignal {

	private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

	private final AtomicInteger running = new AtomicInteger();

	private volatile boolean requested;

	/** Asks running steps to stop after their current chunk. */
	public void request() {
		if (!requested) {
			requested = true;
			if (running.get() > 0) {
				log.warn(
						"stop requested: each running step stops after its current chunk; run the same command again to resume");
			}
		}
	}

	@Override
	public boolean requested() {
		return requested;
	}

	/** Waits until no job runs here, at most {@code patience}. */
	public void awaitIdle(Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		synchronized (running) {
			while (running.get() > 0 && System.nanoTime() < deadline) {
				try {
					running.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	@Override
	public void beforeJob(JobExecution execution) {
		running.incrementAndGet();
	}

	@Override
	public void afterJob(JobExecution execution) {
		synchronized (running) {
			running.decrementAndGet();
			running.notifyAll();
		}
	}

}
