package org.vocstat.operating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vocstat.support.BatchFixture;
import org.vocstat.support.ChildCommand;

/**
 * {@code vocstat serve} as a real process stopped with SIGTERM: idle, it ends promptly
 * (before, the scheduler awaited the next night's trigger and the JVM's shutdown hook ran
 * out its patience, racing Kubernetes' default grace period); loading, the load stops at
 * its chunk boundary first. Both say so on the console and exit 143. The bounds are
 * generous: they tell a stop from a hang, not a fast stop from a slow one.
 */
class ServeStopTest {

	@TempDir
	Path folder;

	@Test
	void anIdleServeStopsOnSigtermAndSaysSo() throws Exception {
		Files.createDirectories(folder.resolve("inbox"));
		try (ChildCommand serve = ChildCommand.start(List.of("--home", folder.resolve("home").toString(), "serve",
				"--inbox", folder.resolve("inbox").toString(), "--archive", folder.resolve("archive").toString()))) {
			assertThat(serve.awaitConsole("serving", Duration.ofMinutes(3))).as(serve.console()).isTrue();

			// The handle only signals; Process.destroy would also close the pipe its last
			// lines come by.
			serve.process().toHandle().destroy();

			assertThat(serve.awaitExit(Duration.ofSeconds(20))).as("exit code; it printed:%n%s", serve.console())
				.isEqualTo(143);
			assertThat(serve.console()).as(Files.readString(folder.resolve("home/logs/vocstat.log")))
				.contains("serve: stop requested")
				.contains("serve: stopped");
			assertThat(folder.resolve("home/pgdata/postmaster.pid")).as("it stopped its database").doesNotExist();
		}
	}

	@Test
	void aServeLoadingStopsTheLoadAtAChunkBoundaryOnSigterm() throws Exception {
		Path inbox = Files.createDirectories(folder.resolve("inbox"));
		new BatchFixture().withSmsStudents(6, 3, "20", "男").writeTo(inbox.resolve("batch"));
		Path home = folder.resolve("home");
		try (ChildCommand serve = ChildCommand.start(List.of("--home", home.toString(), "serve", "--inbox",
				inbox.toString(), "--archive", folder.resolve("archive").toString(), "--cron", "* * * * * *",
				"--vocstat.ingest.chunk-size=1", "--vocstat.ingest.lanes=1", "--vocstat.fault.step=ingest.sms.students",
				"--vocstat.fault.after-chunks=2", "--vocstat.fault.mode=pause"))) {
			assertThat(serve.awaitConsole("paused by fault injection", Duration.ofMinutes(3))).as(serve.console())
				.isTrue();

			// The handle only signals; Process.destroy would also close the pipe its last
			// lines come by.
			serve.process().toHandle().destroy();

			assertThat(serve.awaitExit(Duration.ofMinutes(2))).as("exit code; it printed:%n%s", serve.console())
				.isEqualTo(143);
			assertThat(serve.console()).contains("stop requested: each running step stops after its current chunk")
				.contains("serve: stopped");
		}
		try (ChildCommand status = ChildCommand.run(List.of("--home", home.toString(), "status", "--format", "csv"),
				Duration.ofMinutes(3))) {
			assertThat(status.console()).as("the run the stop left").contains(",STOPPED,");
		}
	}

}
