package org.vocstat.support;

import java.nio.file.Path;

/** Where tests find the project's sample exports and keep their own state. */
public final class TestPaths {

	private TestPaths() {
	}

	public static Path home() {
		return Path.of("target", "test-home").toAbsolutePath();
	}

	/** {@code sample-exports/<year>} of the project: the committed 嘉兴 batches. */
	public static Path sampleBatch(int academicYear) {
		return Path.of("sample-exports", Integer.toString(academicYear)).toAbsolutePath();
	}

	/**
	 * Connection pools that keep one idle connection, not ten: the test JVM caches up to
	 * 32 application contexts, each with a pool, and child processes share the same
	 * server, whose 300 connections ten idle per pool (with the indicators' parallel
	 * transactions on top) can use up, leaving a child load waiting for ever.
	 */
	static final String[] IDLE_POOL = { "spring.datasource.hikari.minimum-idle=1",
			"spring.datasource.hikari.idle-timeout=10000" };

	/** The spring arguments that make a command line run against the test database. */
	public static String[] springArgs() {
		TestDatabase.Connection db = TestDatabase.get();
		return new String[] { "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password(), "--vocstat.home=" + home(), "--" + IDLE_POOL[0],
				"--" + IDLE_POOL[1] };
	}

}
