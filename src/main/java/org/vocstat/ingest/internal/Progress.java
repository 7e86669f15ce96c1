package org.vocstat.ingest.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a long file: rows done of the registered total, rate and time left, logged
 * at most every {@value #INTERVAL_MILLIS} ms so a national-scale load shows it is alive
 * without flooding the log.
 */
final class Progress {

	private static final Logger log = LoggerFactory.getLogger(Progress.class);

	private static final long INTERVAL_MILLIS = 5_000;

	private final String name;

	private final long total;

	private final long startRows;

	private final long startNanos = System.nanoTime();

	private long lastLog = System.nanoTime();

	Progress(String name, long total, long startRows) {
		this.name = name;
		this.total = total;
		this.startRows = startRows;
	}

	void update(long done) {
		long now = System.nanoTime();
		if ((now - lastLog) / 1_000_000 < INTERVAL_MILLIS) {
			return;
		}
		lastLog = now;
		double seconds = (now - startNanos) / 1e9;
		double rate = (done - startRows) / Math.max(seconds, 1e-3);
		long left = rate > 0 ? Math.round((total - done) / rate) : -1;
		log.info("{}: {} / {} rows ({}%), {} rows/s, ETA {}", name, String.format("%,d", done),
				String.format("%,d", total), total == 0 ? 100 : done * 100 / total, String.format("%,.0f", rate),
				left < 0 ? "?" : left + "s");
	}

}
