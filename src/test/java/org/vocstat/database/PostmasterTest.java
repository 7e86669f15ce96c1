package org.vocstat.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A postmaster.pid whose pid now belongs to another process of the same user (a reboot
 * reused it) names no server: it is neither trusted nor signalled, and it is removed as
 * stale. A stop waits for the server to end, however long its shutdown checkpoint takes
 * within its patience, and kills nothing.
 */
class PostmasterTest {

	private static final int PORT = 54321;

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

	@Test
	void aStopWaitsPastTheQuietTimeUntilTheProcessHasEnded() throws Exception {
		// Ignores SIGTERM and ends two seconds later: a shutdown checkpoint that takes
		// its time.
		Process slow = new ProcessBuilder("sh", "-c", "trap '' TERM; echo ready; sleep 2").start();
		try {
			writePidFile(data, slow.pid());
			// Once it says so, it ignores SIGTERM; a signal before would end it at once.
			assertThat(
					new BufferedReader(new InputStreamReader(slow.getInputStream(), StandardCharsets.UTF_8)).readLine())
				.isEqualTo("ready");
			long start = System.nanoTime();

			assertThat(new Postmaster(slow.pid(), PORT).stop(data, Duration.ofMillis(200), Duration.ofSeconds(60)))
				.isTrue();
			assertThat(slow.isAlive()).as("returned only once it had ended").isFalse();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofSeconds(1));
		}
		finally {
			slow.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void aWaitGivesUpAfterItsPatienceAndKillsNothing() throws Exception {
		Process sleeper = new ProcessBuilder("sleep", "300").start();
		try {
			writePidFile(data, sleeper.pid());

			assertThat(
					new Postmaster(sleeper.pid(), PORT).awaitExit(data, Duration.ofMillis(100), Duration.ofMillis(500)))
				.isFalse();
			assertThat(sleeper.isAlive()).isTrue();
		}
		finally {
			sleeper.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void aServerThatRemovedItsPidFileHasEndedEvenIfItsProcessLingers() throws Exception {
		Process lingering = new ProcessBuilder("sleep", "300").start();
		try {
			// No pid file: what a postmaster leaves as its last act, while a zombie
			// nobody reaps still looks alive.
			assertThat(new Postmaster(lingering.pid(), PORT).awaitExit(data, Duration.ofSeconds(10),
					Duration.ofSeconds(60)))
				.isTrue();
		}
		finally {
			lingering.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	/**
	 * As PostgreSQL writes it: pid, data directory, start time, port, socket directory,
	 * address, memory, status.
	 */
	static void writePidFile(Path data, long pid) throws IOException {
		Files.writeString(data.resolve("postmaster.pid"),
				pid + "\n" + data + "\n1700000000\n" + PORT + "\n\n127.0.0.1\n  5432001         0\nready   \n");
	}

}
