package org.vocstat.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vocstat.support.ChildCommand;

/**
 * A command that meets the home's server shutting down while another process still holds
 * it (here a smart shutdown that waits for that process's open session) waits for the
 * server to end and starts its own, where it used to fail with "FATAL: the database
 * system is shutting down", exit 2.
 */
class ServerShuttingDownTest {

	@TempDir
	Path home;

	@Test
	void aCommandMeetingAServerShuttingDownWaitsForItAndStartsItsOwn() throws Exception {
		EmbeddedServer held = EmbeddedServer.open(home);
		long oldPid = Postmaster.running(home.resolve("pgdata")).orElseThrow().pid();
		Connection session = DriverManager.getConnection(held.jdbcUrl(), EmbeddedServer.OWNER, held.password());
		try (ChildCommand status = startStatusWhileStopping(oldPid)) {
			assertThat(status.awaitConsole("is shutting down; waiting for it to end", Duration.ofMinutes(3)))
				.as(status.console())
				.isTrue();
			assertThat(status.process().isAlive()).as("it waits; it printed:%n%s", status.console()).isTrue();

			session.close(); // the old server's last session: its shutdown ends

			assertThat(status.awaitExit(Duration.ofMinutes(3))).as(status.console()).isZero();
			assertThat(status.console()).doesNotContain("shutting down\"").doesNotContain("FATAL");
		}
		finally {
			session.close();
			held.close();
		}
		assertThat(Postmaster.running(home.resolve("pgdata"))).as("the last process to leave stopped the new server")
			.isEmpty();
	}

	/**
	 * SIGTERM to the postmaster asks for a smart shutdown, which waits for the open
	 * session; then a status command starts.
	 */
	private ChildCommand startStatusWhileStopping(long pid) throws Exception {
		ProcessHandle.of(pid).orElseThrow().destroy();
		await().atMost(Duration.ofSeconds(30)).until(() -> Postmaster.stopping(home.resolve("pgdata")));
		return ChildCommand.start(List.of("--home", home.toString(), "status"));
	}

}
