package org.vocstat.console;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Slows guessing: after {@value #FREE_FAILURES} wrong passwords in a row for a user name
 * (known or not, so the delay tells nothing), each further attempt at that name waits 1,
 * 2, 4 … up to 8 seconds before it is checked; a success clears the count. Kept in
 * memory, per process, cleared by a restart (docs/console.md says why that is enough).
 */
final class LoginThrottle {

	static final int FREE_FAILURES = 3;

	private static final long MAX_DELAY_MS = 8_000;

	private final ConcurrentHashMap<String, Integer> failures = new ConcurrentHashMap<>();

	/** How long an attempt at {@code username} waits now. */
	Duration delay(String username) {
		int failed = failures.getOrDefault(key(username), 0);
		if (failed < FREE_FAILURES) {
			return Duration.ZERO;
		}
		return Duration.ofMillis(Math.min(MAX_DELAY_MS, 1000L << Math.min(failed - FREE_FAILURES, 10)));
	}

	void await(String username) {
		try {
			TimeUnit.MILLISECONDS.sleep(delay(username).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	void failed(String username) {
		failures.merge(key(username), 1, Integer::sum);
	}

	void succeeded(String username) {
		failures.remove(key(username));
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
