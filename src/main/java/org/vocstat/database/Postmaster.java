package org.vocstat.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL server process recorded in a data directory's {@code postmaster.pid}: its process id and port, so
 * vocstat can connect to a server another vocstat runs, or stop one a crashed vocstat left behind.
 */
record Postmaster(long pid, int port) {

	/** The live server of {@code dataDirectory}, if its postmaster.pid names a running process. */
	static Optional<Postmaster> running(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		try {
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.size() < 4) {
				return Optional.empty();
			}
			long pid = Long.parseLong(lines.get(0).strip());
			int port = Integer.parseInt(lines.get(3).strip());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> new Postmaster(pid, port));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Stops an orphaned server of an earlier vocstat, whose binaries are not in the home: SIGTERM asks PostgreSQL for a
	 * smart shutdown, which, with its client gone, is prompt; its crash-safe WAL (fsync on) means nothing committed is
	 * lost either way.
	 */
	void stop(Duration patience) {
		ProcessHandle.of(pid).ifPresent(process -> {
			process.destroy();
			try {
				process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (Exception ex) {
				process.destroyForcibly();
			}
		});
	}

}
