package org.vocstat.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A postmaster.pid whose pid now belongs to another process of the same user (a reboot reused it) names no server:
 * it is neither trusted nor signalled, and it is removed as stale.
 */
class PostmasterTest {

	@TempDir
	Path data;

	@Test
	void aPidOfAnotherLiveProcessIsNotTheServerAndIsRemovedAsStaleWithoutASignal() throws Exception {
		Process sleeper = new ProcessBuilder("sleep", "300").start();
		try {
			writePidFile(data, sleeper.pid());

			assertThat(Postmaster.running(data)).isEmpty();
			assertThat(Postmaster.identify(sleeper.pid(), data)).isEqualTo(Postmaster.Identity.OTHER);
			Postmaster.removeStale(data);

			assertThat(data.resolve("postmaster.pid")).doesNotExist();
			assertThat(sleeper.isAlive()).as("the process the stale pid file named was not signalled").isTrue();
		}
		finally {
			sleeper.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void theTestJvmsOwnPidIsNotTheServer() throws IOException {
		writePidFile(data, ProcessHandle.current().pid());

		assertThat(Postmaster.running(data)).isEmpty();
		assertThat(Postmaster.identify(ProcessHandle.current().pid(), data)).isEqualTo(Postmaster.Identity.OTHER);
	}

	@Test
	void aPidFileOfAGoneProcessNamesNoServerAndIsLeftToPostgresql() throws Exception {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor(10, TimeUnit.SECONDS);
		writePidFile(data, gone.pid());

		assertThat(Postmaster.running(data)).isEmpty();
		Postmaster.removeStale(data);
		assertThat(data.resolve("postmaster.pid")).as("PostgreSQL removes it itself").exists();
	}

	/** As PostgreSQL writes it: pid, data directory, start time, port, socket directory, address, shared memory, status. */
	static void writePidFile(Path data, long pid) throws IOException {
		Files.writeString(data.resolve("postmaster.pid"), pid + "\n" + data + "\n1700000000\n54321\n\n127.0.0.1\n"
				+ "  5432001         0\nready   \n");
	}

}
