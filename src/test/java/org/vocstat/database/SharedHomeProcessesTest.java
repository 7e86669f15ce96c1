package org.vocstat.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vocstat.VocstatApplication;
import org.vocstat.operator.VocstatCli;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PausedChild;

/**
 * Two vocstat processes on one home: the one that started the embedded server leaves
 * while a load in another process still uses it, and a read-only command comes and goes
 * meanwhile; the load keeps its database, and the last process to leave stops the server.
 */
class SharedHomeProcessesTest {

	@TempDir
	Path folder;

	@Test
	void theServerStaysUpWhileAnyProcessUsesItAndTheLastOneOutStopsIt() throws Exception {
		Path home = folder.resolve("home");
		Path batch = new BatchFixture().withSmsStudents(6, 3, "20", "男").writeTo(folder.resolve("batch"));
		EmbeddedServer starter = EmbeddedServer.open(home);
		Process load = startPausedLoad(home, batch);
		try {
			starter.close();
			assertThat(home.resolve("pgdata/postmaster.pid")).as("the load still uses the server").exists();
			assertThat(cli(home, "status", "--format", "csv")).contains(",RUNNING,");
			assertThat(home.resolve("pgdata/postmaster.pid")).as("the read-only command left it up too").exists();

			// SIGTERM: the load stops at a chunk boundary, which it can only record with
			// its database still up.
			load.destroy();
			assertThat(load.waitFor(120, TimeUnit.SECONDS)).as("the load stopped on SIGTERM").isTrue();
		}
		finally {
			load.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(home.resolve("pgdata/postmaster.pid")).as("the load was the last user and stopped it")
			.doesNotExist();
		assertThat(cli(home, "status", "--format", "csv")).contains(",STOPPED,");
	}

	private static String cli(Path home, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		String[] command = new String[args.length + 2];
		command[0] = "--home";
		command[1] = home.toString();
		System.arraycopy(args, 0, command, 2, args.length);
		int code = VocstatCli.execute(VocstatApplication.class, command, new PrintWriter(out, true),
				new PrintWriter(err, true));
		assertThat(code).as("%s%s", out, err).isZero();
		return out.toString();
	}

	/**
	 * A child {@code vocstat load}, as in ProcessCrashTest, returned once it is paused
	 * mid-file by a fault.
	 */
	private static Process startPausedLoad(Path home, Path batch) throws Exception {
		return PausedChild.start(List.of("--home", home.toString(), "load", batch.toString(),
				"--vocstat.ingest.chunk-size=1", "--vocstat.ingest.lanes=1", "--vocstat.fault.step=ingest.sms.students",
				"--vocstat.fault.after-chunks=2", "--vocstat.fault.mode=pause"), 1);
	}

}
