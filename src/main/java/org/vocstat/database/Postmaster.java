package org.vocstat.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server process recorded in a data directory's {@code postmaster.pid}:
 * its process id and port, so vocstat can connect to a server another vocstat runs, or
 * stop one a crashed vocstat left behind. A recorded pid is trusted only when that
 * process is a {@code postgres} whose command line names the data directory: after a
 * power cut or a container restart the pid may belong to any other process of the same
 * user, which must not be signalled.
 */
record Postmaster(long pid, int port) {

	private static final Logger log = LoggerFactory.getLogger(Postmaster.class);

	/** What the process a pid file names turned out to be. */
	enum Identity {

		/** A postgres of this data directory. */
		SERVER,
		/** Gone, or certainly not this data directory's server: the pid file is stale. */
		OTHER,
		/**
		 * Alive, but its command line cannot be read or is ambiguous: neither trusted nor
		 * declared stale.
		 */
		UNKNOWN

	}

	/**
	 * The live server of {@code dataDirectory}, if its postmaster.pid names this
	 * directory's running postgres.
	 */
	static Optional<Postmaster> running(Path dataDirectory) {
		return recorded(dataDirectory).filter(p -> identify(p.pid, dataDirectory) == Identity.SERVER);
	}

	/**
	 * Deletes a postmaster.pid whose pid now belongs to another live process. PostgreSQL
	 * removes a pid file whose process is gone, but refuses to start while it names a
	 * live one, whatever that is. Only called under the home lock with no server of this
	 * directory running; an unreadable process is left alone (PostgreSQL then says why it
	 * does not start).
	 */
	static void removeStale(Path dataDirectory) {
		Optional<Postmaster> recorded = recorded(dataDirectory);
		if (recorded.isEmpty() || ProcessHandle.of(recorded.get().pid).filter(ProcessHandle::isAlive).isEmpty()
				|| identify(recorded.get().pid, dataDirectory) != Identity.OTHER) {
			return;
		}
		log.warn("removing the stale {}: its pid {} now belongs to another process (the server ended with the machine)",
				dataDirectory.resolve("postmaster.pid"), recorded.get().pid);
		try {
			Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
		}
		catch (IOException ex) {
			log.warn("cannot remove the stale {}", dataDirectory.resolve("postmaster.pid"), ex);
		}
	}

	/**
	 * Whether process {@code pid} is the server of {@code dataDirectory}, as its command
	 * line tells.
	 */
	static Identity identify(long pid, Path dataDirectory) {
		if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
			return Identity.OTHER;
		}
		Optional<List<String>> commandLine = commandLine(pid);
		if (commandLine.isEmpty() || commandLine.get().isEmpty()) {
			return Identity.UNKNOWN;
		}
		List<String> args = commandLine.get();
		// The postmaster keeps its command line; only its children retitle themselves
		// ("postgres: checkpointer").
		if (!"postgres".equals(Path.of(args.get(0)).getFileName().toString())) {
			return Identity.OTHER;
		}
		int option = args.indexOf("-D");
		if (option < 0 || option + 1 >= args.size() || !Path.of(args.get(option + 1)).isAbsolute()) {
			return Identity.UNKNOWN; // vocstat always names it absolutely; somebody
										// else's start is not ours to judge
		}
		try {
			return Files.isSameFile(Path.of(args.get(option + 1)), dataDirectory) ? Identity.SERVER : Identity.OTHER;
		}
		catch (IOException ex) {
			return Identity.OTHER; // its directory does not exist (any more), so it is
									// not this one
		}
	}

	/**
	 * The process's arguments, program first: from /proc on Linux, where they are
	 * complete, else as Java sees them.
	 */
	private static Optional<List<String>> commandLine(long pid) {
		Path proc = Path.of("/proc", Long.toString(pid), "cmdline");
		if (Files.isDirectory(Path.of("/proc/self"))) {
			try {
				String raw = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8);
				return raw.isEmpty() ? Optional.empty() : Optional.of(Arrays.asList(raw.split("\0")));
			}
			catch (IOException ex) {
				return Optional.empty();
			}
		}
		ProcessHandle.Info info = ProcessHandle.of(pid).map(ProcessHandle::info).orElse(null);
		if (info == null || info.command().isEmpty() || info.arguments().isEmpty()) {
			return Optional.empty();
		}
		List<String> args = new ArrayList<>();
		args.add(info.command().get());
		args.addAll(Arrays.asList(info.arguments().get()));
		return Optional.of(args);
	}

	/**
	 * Whether the server of {@code dataDirectory} says it is shutting down: PostgreSQL
	 * writes its state ({@code starting}, {@code ready}, {@code stopping}) as the pid
	 * file's eighth line.
	 */
	static boolean stopping(Path dataDirectory) {
		try {
			List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
			return lines.size() > 7 && "stopping".equals(lines.get(7).strip());
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static Optional<Postmaster> recorded(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		try {
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.size() < 4) {
				return Optional.empty();
			}
			return Optional
				.of(new Postmaster(Long.parseLong(lines.get(0).strip()), Integer.parseInt(lines.get(3).strip())));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Waits for the server to end, holding whatever lock the caller holds: a fast
	 * shutdown still writes its shutdown checkpoint, which after a large load can take
	 * minutes, and a server still checkpointing must not be met by the next process as
	 * one left running by a crash. It has ended when its process is gone or when it has
	 * removed its pid file, its last act (a zombie nobody reaps, in a container without
	 * an init, looks alive for ever). Says so after {@code quiet}; returns false after
	 * {@code patience}.
	 */
	boolean awaitExit(Path dataDirectory, Duration quiet, Duration patience) {
		Optional<ProcessHandle> process = ProcessHandle.of(pid);
		long start = System.nanoTime();
		boolean told = false;
		while (process.isPresent() && recorded(dataDirectory).filter(this::equals).isPresent()) {
			Duration waited = Duration.ofNanos(System.nanoTime() - start);
			if (waited.compareTo(patience) >= 0) {
				log.error("the embedded PostgreSQL (pid {}) has not stopped within {} s", pid, patience.toSeconds());
				return false;
			}
			if (!told && waited.compareTo(quiet) >= 0) {
				told = true;
				log.info("the embedded PostgreSQL (pid {}) is still writing its shutdown checkpoint after {} s; waiting"
						+ " up to {} s, keeping the home locked", pid, quiet.toSeconds(), patience.toSeconds());
			}
			try {
				process.get().onExit().get(200, TimeUnit.MILLISECONDS);
				break;
			}
			catch (TimeoutException ex) {
				// look at the pid file again
			}
			catch (ExecutionException ex) {
				break;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		if (told) {
			log.info("the embedded PostgreSQL (pid {}) has stopped", pid);
		}
		return true;
	}

	/**
	 * Stops an orphaned server of an earlier vocstat, whose binaries are not in the home:
	 * SIGTERM asks PostgreSQL for a smart shutdown, which, with its client gone, is
	 * prompt; its crash-safe WAL (fsync on) means nothing committed is lost either way.
	 * It is waited for, never killed: SIGKILL would leave its children holding the shared
	 * memory, and the next start would fail on them.
	 */
	boolean stop(Path dataDirectory, Duration quiet, Duration patience) {
		ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
		return awaitExit(dataDirectory, quiet, patience);
	}

}
