package org.vocstat.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded server's life within one JVM: several contexts share it and the last one
 * stops it, a home made before the lockdown is migrated on its first start, and a
 * postmaster killed under a context is noticed within seconds.
 */
class EmbeddedServerLifecycleTest {

	@TempDir
	Path home;

	@Test
	void contextsOnOneHomeShareTheServerAndTheLastToLeaveStopsIt() throws SQLException {
		EmbeddedServer first = EmbeddedServer.open(home);
		EmbeddedServer second = EmbeddedServer.open(home);
		assertThat(second.port()).isEqualTo(first.port());

		first.close();
		try (HikariDataSource dataSource = dataSource(second); Connection connection = dataSource.getConnection()) {
			assertThat(connection.isValid(1)).as("the server outlives the context that started it").isTrue();
		}
		assertThat(home.resolve("pgdata/postmaster.pid")).exists();

		second.close();
		assertThat(home.resolve("pgdata/postmaster.pid")).as("the last one out stopped the server").doesNotExist();
		EmbeddedServer again = EmbeddedServer.open(home);
		again.close();
	}

	@Test
	void oneHomeReachedThroughASymlinkIsOneServer() throws IOException {
		Path real = home.resolve("real");
		Path link = Files.createSymbolicLink(home.resolve("link"), Files.createDirectories(real));

		EmbeddedServer byPath = EmbeddedServer.open(real);
		EmbeddedServer byLink = EmbeddedServer.open(link);
		assertThat(byLink.port()).isEqualTo(byPath.port());
		byPath.close();
		assertThat(real.resolve("pgdata/postmaster.pid")).as("the context opened through the link uses it").exists();
		byLink.close();
		assertThat(real.resolve("pgdata/postmaster.pid")).as("the last one out stopped the server").doesNotExist();
	}

	@Test
	void aPasswordFileRestoredFromAnOlderBackupIsProvisionedAgain() throws SQLException {
		EmbeddedServer.open(home).close();
		String restored = PasswordFile.generate();
		PasswordFile.write(home, restored);

		try (EmbeddedServer server = EmbeddedServer.open(home);
				HikariDataSource dataSource = dataSource(server);
				Connection connection = dataSource.getConnection()) {
			assertThat(server.password()).isEqualTo(restored);
			assertThat(connection.isValid(1)).isTrue();
		}
		assertThat(home.resolve("pgdata").resolve(Provisioning.MARKER)).hasContent(Provisioning.marker(restored));
	}

	@Test
	void aHomeMadeBeforeTheLockdownIsMigratedOnItsFirstStart() throws IOException {
		EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(home.resolve("pgdata"))
			.setCleanDataDirectory(false)
			.setLocaleConfig("locale", "C")
			.start();
		Flyway.configure()
			.dataSource(old.getJdbcUrl("postgres", "postgres"), "postgres", "")
			.locations("classpath:db/migration")
			.load()
			.migrate();
		old.close();

		try (EmbeddedServer server = EmbeddedServer.open(home)) {
			HikariDataSource dataSource = dataSource(server);
			JdbcClient jdbc = JdbcClient.create(dataSource);
			assertThat(jdbc.sql("""
					SELECT count(*) FROM pg_class
					WHERE relnamespace = 'public'::regnamespace AND relowner <> 'vocstat'::regrole""")
				.query(Long.class)
				.single()).isZero();
			assertThat(jdbc
				.sql("SELECT count(*) FROM pg_class WHERE relname IN ('flyway_schema_history', "
						+ "'batch_job_execution', 'stg_sms_student', 'figure') AND relowner = 'vocstat'::regrole")
				.query(Long.class)
				.single()).isEqualTo(4);
			// Migrating again as the owning role (what every start does) works, and so
			// does writing.
			Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
			jdbc.sql("CREATE TABLE probe (id int)").update();
			jdbc.sql("DROP TABLE probe").update();
			assertThat(Files.readString(home.resolve("pgdata/pg_hba.conf"))).doesNotContain("trust");
			dataSource.close();
		}
	}

	@Test
	void aKilledPostmasterIsNoticedWithinSecondsAndThePoolFailsFast() throws SQLException {
		EmbeddedServer server = EmbeddedServer.open(home);
		AtomicReference<String> noticed = new AtomicReference<>();
		server.onUnexpectedExit(noticed::set);
		try (HikariDataSource dataSource = (HikariDataSource) new EmbeddedDatabaseConfiguration().dataSource(server)) {
			assertThat(dataSource.getConnectionTimeout())
				.isEqualTo(EmbeddedDatabaseConfiguration.CONNECTION_TIMEOUT_MS);
			try (Connection connection = dataSource.getConnection()) {
				assertThat(connection.isValid(1)).isTrue();
			}
			long pid = Postmaster.running(home.resolve("pgdata")).orElseThrow().pid();

			ProcessHandle.of(pid).orElseThrow().destroyForcibly();

			await().atMost(Duration.ofSeconds(5)).until(() -> noticed.get() != null);
			assertThat(noticed.get()).contains("stopped unexpectedly", String.valueOf(pid));
			long start = System.nanoTime();
			assertThatThrownBy(() -> dataSource.getConnection().close()).isInstanceOf(SQLException.class)
				.hasMessageContaining("stopped unexpectedly");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		}
		finally {
			server.close();
		}
		// A context opened after the death starts a new server.
		try (EmbeddedServer again = EmbeddedServer.open(home);
				HikariDataSource dataSource = dataSource(again);
				Connection connection = dataSource.getConnection()) {
			assertThat(connection.isValid(1)).isTrue();
		}
	}

	@Test
	void aStalePidFileNamingAnotherLiveProcessIsRemovedAndThatProcessIsLeftAlone() throws Exception {
		EmbeddedServer.open(home).close();
		Process sleeper = new ProcessBuilder("sleep", "300").start();
		try {
			// After a power cut the pid file survives and its pid may be given to any
			// process of the same user.
			PostmasterTest.writePidFile(home.resolve("pgdata"), sleeper.pid());

			try (EmbeddedServer server = EmbeddedServer.open(home);
					HikariDataSource dataSource = dataSource(server);
					Connection connection = dataSource.getConnection()) {
				assertThat(connection.isValid(1)).isTrue();
				assertThat(Postmaster.running(home.resolve("pgdata")).orElseThrow().pid()).isNotEqualTo(sleeper.pid());
			}
			assertThat(sleeper.isAlive()).as("neither pg_ctl nor vocstat signalled it").isTrue();
		}
		finally {
			sleeper.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static HikariDataSource dataSource(EmbeddedServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(EmbeddedServer.OWNER);
		dataSource.setPassword(server.password());
		return dataSource;
	}

}
