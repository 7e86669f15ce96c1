package org.vocstat.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server of one home as this JVM uses it. Across processes the home's locks
 * decide: the first process starts the server, later ones join it, and the last one to
 * leave stops it (see docs/embedded-database.md). Within the JVM a reference count does
 * the same for several application contexts on one home.
 */
final class SharedServer {

	private static final Logger log = LoggerFactory.getLogger(SharedServer.class);

	/**
	 * Long enough for another process to start the server (startup wait plus
	 * provisioning) or stop it.
	 */
	private static final Duration PATIENCE = Duration.ofMinutes(3);

	/**
	 * How long a stop may take before the log says it is still going (its shutdown
	 * checkpoint, after a load).
	 */
	private static final Duration STOP_QUIET = Duration.ofSeconds(10);

	private static final Map<Path, SharedServer> OPEN = new HashMap<>();

	private final Path home;

	private final ServerUsers users;

	private final Postmaster postmaster;

	private final String password;

	private final List<Consumer<String>> deathListeners = new CopyOnWriteArrayList<>();

	private int references;

	private volatile boolean leaving;

	private volatile boolean dead;

	private SharedServer(Path home, ServerUsers users, Postmaster postmaster, String password) {
		this.home = home;
		this.users = users;
		this.postmaster = postmaster;
		this.password = password;
	}

	/**
	 * This JVM's use of the server of {@code home}, started or joined if this JVM has
	 * none yet.
	 */
	static synchronized SharedServer acquire(Path given) {
		// One home reached by two paths (a symlink) is one server: its locks would
		// overlap within this JVM.
		Path home = prepared(given);
		SharedServer shared = OPEN.get(home);
		if (shared != null && shared.dead) {
			// Its contexts fail fast and leave in their own time; the new server must not
			// wait for them.
			shared.leaving = true;
			shared.users.abandon();
			shared = null;
		}
		if (shared == null) {
			shared = join(home);
			OPEN.put(home, shared);
		}
		shared.references++;
		return shared;
	}

	/**
	 * Ends one use; the JVM's last use leaves the server, and the home's last user stops
	 * it.
	 */
	static synchronized void release(SharedServer shared) {
		if (--shared.references > 0 || shared.leaving) {
			return;
		}
		OPEN.remove(shared.home, shared);
		shared.leaving = true;
		try (HomeLock control = HomeLock.acquire(shared.home, PATIENCE)) {
			// Whatever server runs in the home now: if this one died, another process may
			// have started the next, and this may be its last user.
			if (shared.users.leave()) {
				stop(shared.home);
			}
		}
	}

	int port() {
		return postmaster.port();
	}

	String password() {
		return password;
	}

	/**
	 * Tells {@code listener} the cause once if the server dies while this JVM uses it and
	 * has not stopped it.
	 */
	void onUnexpectedExit(Consumer<String> listener) {
		deathListeners.add(listener);
	}

	private static SharedServer join(Path home) {
		Path data = home.resolve("pgdata");
		for (;;) {
			Postmaster stopping;
			try (HomeLock control = HomeLock.acquire(home, PATIENCE)) {
				Optional<Postmaster> running = Postmaster.running(data);
				if (running.isEmpty() || !Postmaster.stopping(data)) {
					return joinLocked(home, running);
				}
				// A server shutting down (its last user is stopping it, or a signal
				// reached
				// it) takes no connection ("the database system is shutting down"): wait
				// for it to end, outside the lock its stopper may need, then start one.
				stopping = running.get();
			}
			log.info("the embedded PostgreSQL (pid {}) of {} is shutting down; waiting for it to end to start another",
					stopping.pid(), home);
			if (!stopping.awaitExit(data, STOP_QUIET, PATIENCE)) {
				throw new IllegalStateException("the embedded PostgreSQL (pid " + stopping.pid() + ") of " + home
						+ " has been shutting down for " + PATIENCE.toMinutes() + " min; try again later");
			}
		}
	}

	/** Starts the server or joins the running one; under the home lock. */
	private static SharedServer joinLocked(Path home, Optional<Postmaster> running) {
		ServerUsers users = ServerUsers.of(home);
		try {
			if (running.isPresent() && !users.othersPresent()) {
				log.warn("stopping the embedded PostgreSQL (pid {}) that a vocstat which ended abruptly left running",
						running.get().pid());
				stop(home);
				running = Optional.empty();
			}
			SharedServer shared;
			if (running.isPresent()) {
				log.info("using the embedded PostgreSQL (pid {}) that another vocstat started", running.get().pid());
				shared = new SharedServer(home, users, running.get(), PasswordFile.read(home)
					.orElseThrow(() -> new IllegalStateException("no password in " + PasswordFile.of(home))));
			}
			else {
				shared = start(home, users);
			}
			users.join();
			shared.watch();
			return shared;
		}
		catch (RuntimeException ex) {
			users.leave();
			throw ex;
		}
	}

	/**
	 * The home created if need be, by its real path: the one name this JVM and the
	 * server's command line use.
	 */
	private static Path prepared(Path home) {
		try {
			OwnerOnly.directory(home);
			Files.createDirectories(home.resolve("logs"));
			return home.toRealPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the vocstat home " + home, ex);
		}
	}

	private static SharedServer start(Path home, ServerUsers users) {
		Path data = home.resolve("pgdata");
		ServerLog serverLog = ServerLog.of(home);
		long logStart = serverLog.end();
		try {
			Optional<String> stored = PasswordFile.read(home);
			String password = stored.orElseGet(PasswordFile::generate);
			if (stored.isEmpty()) {
				PasswordFile.write(home, password);
				Files.deleteIfExists(data.resolve(Provisioning.MARKER));
			}
			OwnerOnly.directory(PostgresBinaries.workingDirectory(home));
			Postmaster.removeStale(data);
			EmbeddedPostgres postgres = ServerSettings.builder(home, password)
				.setOutputRedirector(Redirect.appendTo(serverLog.file().toFile()))
				.setErrorRedirector(Redirect.appendTo(serverLog.file().toFile()))
				.start();
			// The library gives its binaries directory to everyone; the home around it is
			// closed, this closes it too.
			OwnerOnly.directory(PostgresBinaries.workingDirectory(home));
			// The home lock keeps two starts apart. The library's own lock would outlive
			// this process's use of the
			// server (it is released only by stopping it) and make the next start by
			// another process fail.
			Files.deleteIfExists(data.resolve("epg-lock"));
			Postmaster postmaster = Postmaster.running(data)
				.orElseThrow(() -> new IllegalStateException("the embedded PostgreSQL ended as soon as it started"));
			return new SharedServer(home, users, postmaster, password);
		}
		catch (IOException | RuntimeException ex) {
			String cause = serverLog.diagnosis(logStart, data).orElse(ex.getMessage());
			throw new IllegalStateException("cannot start the embedded PostgreSQL in " + data + ": " + cause, ex);
		}
	}

	private void watch() {
		long logStart = ServerLog.of(home).end();
		ProcessHandle.of(postmaster.pid())
			.ifPresentOrElse(process -> process.onExit().thenRun(() -> died(logStart)), () -> died(logStart));
	}

	private void died(long logStart) {
		if (leaving) {
			return;
		}
		dead = true;
		Path data = home.resolve("pgdata");
		String cause = ServerLog.of(home).diagnosis(logStart, data).orElse("see " + ServerLog.of(home).file());
		String message = "the embedded PostgreSQL (pid " + postmaster.pid() + ") of " + home + " stopped unexpectedly: "
				+ cause;
		log.error("{}; what was running fails now and resumes with vocstat restart", message);
		for (Consumer<String> listener : deathListeners) {
			try {
				listener.accept(message);
			}
			catch (RuntimeException ex) {
				log.debug("a listener of the server's death failed (its context may be closed already)", ex);
			}
		}
	}

	/**
	 * A fast shutdown: open sessions (a BI session's, say) are ended rather than waited
	 * for; nothing committed is lost. Returns only once the postmaster has exited, so the
	 * caller's control lock covers the whole shutdown checkpoint.
	 */
	private static void stop(Path home) {
		Path data = home.resolve("pgdata");
		Optional<Postmaster> running = Postmaster.running(data);
		if (running.isEmpty()) {
			return;
		}
		if (!Files.isDirectory(PostgresBinaries.workingDirectory(home))) {
			// Started by an earlier vocstat, whose binaries are elsewhere.
			running.get().stop(data, STOP_QUIET, PATIENCE);
			return;
		}
		try {
			// -W: pg_ctl only signals. Its own wait gives up after -t seconds, while the
			// checkpoint goes on; vocstat
			// waits for the process itself, as long as a process waiting for the control
			// lock would.
			Process pgCtl = new ProcessBuilder(
					PostgresBinaries.of(home).command("pg_ctl", "-D", data.toString(), "stop", "-m", "fast", "-W"))
				.redirectErrorStream(true)
				.redirectOutput(Redirect.appendTo(ServerLog.of(home).file().toFile()))
				.start();
			if (!pgCtl.waitFor(30, TimeUnit.SECONDS) || pgCtl.exitValue() != 0) {
				log.warn("pg_ctl could not stop the embedded PostgreSQL in {}; see {}", data,
						ServerLog.of(home).file());
				return;
			}
			running.get().awaitExit(data, STOP_QUIET, PATIENCE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot stop the embedded PostgreSQL in " + data, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
