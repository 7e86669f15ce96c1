package org.vocstat.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * The PostgreSQL programs the embedded library extracts into {@code <home>/postgres}:
 * vocstat runs two of them itself, {@code postgres --single} to provision roles with no
 * server listening, and {@code pg_ctl stop} to stop a server another vocstat process
 * started.
 */
record PostgresBinaries(Path bin) {

	/** Where the binaries of {@code home} are extracted (owner-only, like the home). */
	static Path workingDirectory(Path home) {
		return home.resolve("postgres");
	}

	/**
	 * A resolver that is equal only to the resolver of the same home. The library keeps
	 * one extracted copy per resolver for the life of the JVM and would otherwise run
	 * every home's server from the first home's copy.
	 */
	static PgBinaryResolver resolver(Path home) {
		return new HomeResolver(home);
	}

	/**
	 * The extracted binaries of {@code home}; the newest copy when an upgrade left an
	 * older one beside it.
	 */
	static PostgresBinaries of(Path home) {
		try (Stream<Path> copies = Files.list(workingDirectory(home))) {
			return copies.filter(copy -> copy.getFileName().toString().startsWith("PG-"))
				.filter(copy -> Files.isExecutable(copy.resolve("bin/postgres")))
				.max(Comparator.comparingLong(PostgresBinaries::extractedAt))
				.map(copy -> new PostgresBinaries(copy.resolve("bin")))
				.orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries in " + workingDirectory(home)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + workingDirectory(home), ex);
		}
	}

	/**
	 * The command line for one of the programs. As root, PostgreSQL refuses to run, so
	 * (as the library does for its own commands) it runs in a user namespace of its own,
	 * where it is not root.
	 */
	List<String> command(String program, String... arguments) {
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.add(bin.resolve(program).toString());
		command.addAll(List.of(arguments));
		return command;
	}

	private static long extractedAt(Path copy) {
		try {
			return Files.getLastModifiedTime(copy.resolve(".exists")).toMillis();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private record HomeResolver(Path home) implements PgBinaryResolver {

		@Override
		public InputStream getPgBinary(String system, String machineHardware) throws IOException {
			return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
		}

	}

}
