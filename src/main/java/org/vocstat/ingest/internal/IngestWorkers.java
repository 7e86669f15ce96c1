package org.vocstat.ingest.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that decode, validate and encode records for every ingest step, while the
 * step's own thread reads the file and feeds COPY. One pool for the process; its threads
 * are daemons, so a stuck step cannot keep the JVM alive.
 */
public final class IngestWorkers implements AutoCloseable {

	private final int count;

	private final int recordsPerTask;

	private final ExecutorService executor;

	/**
	 * @param count worker threads
	 * @param recordsPerTask records handed to a worker at a time: enough to make the
	 * hand-over negligible
	 */
	public IngestWorkers(int count, int recordsPerTask) {
		if (count < 1 || recordsPerTask < 1) {
			throw new IllegalArgumentException("vocstat.ingest.workers and vocstat.ingest.records-per-task must be at "
					+ "least 1, not " + count + " and " + recordsPerTask);
		}
		this.count = count;
		this.recordsPerTask = recordsPerTask;
		AtomicInteger serial = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(count, task -> {
			Thread thread = new Thread(task, "ingest-worker-" + serial.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	int count() {
		return count;
	}

	int recordsPerTask() {
		return recordsPerTask;
	}

	ExecutorService executor() {
		return executor;
	}

	/**
	 * Stops the workers. Runs still queued are cancelled, not just dropped, so a step
	 * thread waiting for one (the context closing under a step that outlived its graceful
	 * stop) fails instead of waiting for ever.
	 */
	@Override
	public void close() {
		executor.shutdownNow().forEach(queued -> {
			if (queued instanceof Future<?> run) {
				run.cancel(false);
			}
		});
	}

}
