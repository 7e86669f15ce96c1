package org.vocstat.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server's log says when it stops. Filling a disk is not something a test can do
 * here, so the log lines PostgreSQL 17 writes when its WAL disk is full are written by
 * hand.
 */
class ServerLogTest {

	@TempDir
	Path home;

	@Test
	void aFullWalDiskIsNamedWithTheDataDirectory() throws IOException {
		ServerLog log = ServerLog.of(home);
		Files.createDirectories(log.file().getParent());
		Files.writeString(log.file(), "LOG:  database system is ready to accept connections\n");
		long start = log.end();
		Files.writeString(log.file(), """
				PANIC:  could not write to file "pg_wal/xlogtemp.4242": No space left on device
				LOG:  server process (PID 4242) was terminated by signal 6: Aborted
				LOG:  terminating any other active server processes
				""", java.nio.file.StandardOpenOption.APPEND);

		assertThat(log.diagnosis(start, home)).hasValueSatisfying(
				diagnosis -> assertThat(diagnosis).startsWith("no space left on device for the data directory " + home)
					.contains(log.file().toString()));
	}

	@Test
	void otherwiseTheLastFatalLineSinceTheStartIsTheCause() throws IOException {
		ServerLog log = ServerLog.of(home);
		Files.createDirectories(log.file().getParent());
		Files.writeString(log.file(), "FATAL:  an old failure\n");
		long start = log.end();
		Files.writeString(log.file(), "FATAL:  could not create lock file \"postmaster.pid\": Permission denied\n",
				java.nio.file.StandardOpenOption.APPEND);

		assertThat(log.diagnosis(start, home))
			.hasValueSatisfying(diagnosis -> assertThat(diagnosis).startsWith("FATAL:  could not create lock file")
				.doesNotContain("old"));
	}

	@Test
	void aCleanLogSaysNothing() throws IOException {
		ServerLog log = ServerLog.of(home);
		Files.createDirectories(log.file().getParent());
		Files.writeString(log.file(), "LOG:  database system is shut down\n");

		assertThat(log.diagnosis(0, home)).isEmpty();
	}

}
