package org.vocstat.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of a vocstat home. The first vocstat process to lock the home runs the server (stopping
 * one a crashed process left behind); a second process, say {@code vocstat status} during a nightly load, connects
 * to the running server instead of failing. Loads themselves never overlap: that is the load lock's job.
 */
final class EmbeddedServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

	private final EmbeddedPostgres postgres;

	private final HomeLock lock;

	private final String jdbcUrl;

	private EmbeddedServer(EmbeddedPostgres postgres, HomeLock lock, String jdbcUrl) {
		this.postgres = postgres;
		this.lock = lock;
		this.jdbcUrl = jdbcUrl;
	}

	static EmbeddedServer open(Path home) {
		Path dataDirectory = home.toAbsolutePath().resolve("pgdata");
		Optional<HomeLock> lock = HomeLock.tryAcquire(home);
		if (lock.isEmpty()) {
			Postmaster running = Postmaster.running(dataDirectory)
				.orElseThrow(() -> new IllegalStateException("another vocstat (" + HomeLock.holder(home) + ") holds "
						+ home + " and its database is not up yet; try again in a moment"));
			log.info("using the embedded PostgreSQL of another vocstat ({})", HomeLock.holder(home));
			return new EmbeddedServer(null, null, url(running.port()));
		}
		Postmaster.running(dataDirectory).ifPresent(orphan -> orphan.stop(Duration.ofSeconds(30)));
		try {
			Files.createDirectories(dataDirectory.getParent());
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				// vocstat stops the server itself, after a SIGTERM has let the running step reach its chunk boundary;
				// the library's own shutdown hook would stop it at once, under the step's feet.
				.setRegisterShutdownHook(false)
				// A new cluster gets the C locale: text sorts byte by byte (for UTF-8, code point order, as C.UTF-8
				// gives) without going through the C library. Existing data directories keep theirs.
				.setLocaleConfig("locale", "C")
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("max_wal_size", "2GB")
				// Nothing replicates or archives the embedded server's WAL; at the minimal level, tables created and
				// filled in one transaction (a batch's ledger partition) are synced at commit instead of logged.
				.setServerConfig("wal_level", "minimal")
				.setServerConfig("max_wal_senders", "0")
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			return new EmbeddedServer(postgres, lock.get(), postgres.getJdbcUrl("postgres", "postgres"));
		}
		catch (IOException ex) {
			closeQuietly(lock.get());
			throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory + ": "
					+ ex.getMessage(), ex);
		}
	}

	String jdbcUrl() {
		return jdbcUrl;
	}

	@Override
	public void close() throws IOException {
		if (postgres != null) {
			postgres.close();
		}
		if (lock != null) {
			lock.close();
		}
	}

	private static String url(int port) {
		return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
	}

	private static void closeQuietly(HomeLock lock) {
		try {
			lock.close();
		}
		catch (IOException ex) {
			log.debug("releasing the home lock", ex);
		}
	}

}
