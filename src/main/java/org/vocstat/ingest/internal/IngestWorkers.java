package org.vocstat.ingest.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that decode, validate and encode records for every ingest step, while the step's own thread reads
 * the file and feeds COPY. One pool for the process; its threads are daemons, so a stuck step cannot keep the JVM
 * alive.
 */
public final class IngestWorkers implements AutoCloseable {

	private final int count;

	private final ExecutorService executor;

	public IngestWorkers(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("vocstat.ingest.workers must be at least 1, not " + count);
		}
		this.count = count;
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

	ExecutorService executor() {
		return executor;
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}

}
