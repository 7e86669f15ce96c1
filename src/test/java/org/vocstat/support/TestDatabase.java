package org.vocstat.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL 17 server the test JVM uses: a Testcontainers container when a
 * Docker engine is present, else an embedded server in a throwaway data directory (fsync
 * off: nothing here needs to survive a crash). Real PostgreSQL either way; never H2,
 * never a mock.
 */
public final class TestDatabase {

	private static Connection connection;

	/** JDBC coordinates of the shared server. */
	public record Connection(String url, String username, String password) {
	}

	private TestDatabase() {
	}

	public static synchronized Connection get() {
		if (connection == null) {
			connection = dockerAvailable() ? startContainer() : startEmbedded();
		}
		return connection;
	}

	private static boolean dockerAvailable() {
		// Asking Testcontainers on a machine without any Docker endpoint logs a scary
		// ERROR; skip the question.
		if (System.getenv("DOCKER_HOST") == null
				&& !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | Error ex) {
			return false;
		}
	}

	@SuppressWarnings("resource") // lives as long as the test JVM
	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
		container.start();
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static Connection startEmbedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is exiting; the throwaway data directory goes with it
				}
			}));
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start the embedded test PostgreSQL", ex);
		}
	}

}
