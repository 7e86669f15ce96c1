package org.vocstat.operating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import org.vocstat.faults.FaultInjection;
import org.vocstat.indicator.FigureQueries;
import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.TestPaths;
import org.vocstat.support.Warehouses;

/**
 * The database stops in the middle of an ingest step and comes back: the load fails
 * restartable, and the same load run again recovers the run left marked running and ends
 * with the warehouse of a load that never failed. The test runs its own PostgreSQL so
 * that it can stop and start it.
 */
@SpringBootTest(properties = { "vocstat.ingest.chunk-size=1", "vocstat.fault.step=", "vocstat.fault.mode=pause",
		"spring.datasource.hikari.connection-timeout=2000" })
@ContextConfiguration(initializers = DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	FaultInjection faults;

	@Autowired
	FigureQueries figures;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@AfterAll
	static void stopDatabase() {
		OwnDatabase.stop();
	}

	@Test
	void aLoadCutOffByADatabaseOutageResumesToTheCleanResultWhenTheDatabaseIsBack() throws Exception {
		Path batch = new BatchFixture().withSmsStudents(5, 4, "30", "女").writeTo(folder);
		Warehouses.truncateAll(jdbc);
		assertThat(loader.load(batch, null, null, null).exitCode()).isEqualTo(ExitCode.SUCCESS);
		String clean = figures.figures("330400", "AY2022", null).toString();
		List<String> cleanRows = staged();
		Warehouses.truncateAll(jdbc);

		faults.arm("ingest.sms.students", 3);
		CompletableFuture<LoadOutcome> cutOff = CompletableFuture
			.supplyAsync(() -> loader.load(batch, null, null, null));
		await().atMost(Duration.ofMinutes(1)).until(faults::paused);
		OwnDatabase.stop();
		faults.release();
		LoadOutcome failed = cutOff.get(3, TimeUnit.MINUTES);
		OwnDatabase.start();
		await().atMost(Duration.ofMinutes(1))
			.ignoreExceptions()
			.until(() -> jdbc.sql("SELECT 1").query(Integer.class).single() == 1);

		assertThat(failed.exitCode()).as(failed.verdict()).isEqualTo(ExitCode.FAILED_RESTARTABLE);
		LoadOutcome resumed = loader.load(batch, null, null, null);

		assertThat(resumed.exitCode()).as(resumed.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(staged()).isEqualTo(cleanRows);
		assertThat(figures.figures("330400", "AY2022", null).toString()).isEqualTo(clean);
		assertThat(Warehouses.unconservedFiles(jdbc)).isZero();
	}

	private List<String> staged() {
		return jdbc.sql("""
				SELECT 'sms ' || line_no || ' ' || encode(line_sha256, 'hex') FROM stg_sms_student
				UNION ALL SELECT 'quarantine ' || line_no || ' ' || array_to_string(rules, ';') FROM quarantine
				ORDER BY 1""").query(String.class).list();
	}

	/**
	 * A PostgreSQL of this test's own, on a fixed data directory and port, that the test
	 * can stop and restart.
	 */
	static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		private static final Path DATA = Path.of("target", "outage-pgdata").toAbsolutePath();

		private static EmbeddedPostgres postgres;

		private static int port;

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			start();
			TestPropertyValues
				.of("spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
						"spring.datasource.username=postgres", "vocstat.home=" + TestPaths.home())
				.applyTo(context.getEnvironment());
		}

		static synchronized void start() {
			try {
				if (port == 0) {
					deleteData();
				}
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setDataDirectory(DATA)
					.setCleanDataDirectory(false);
				if (port != 0) {
					builder.setPort(port);
				}
				postgres = builder.start();
				port = postgres.getPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		static synchronized void stop() {
			try {
				if (postgres != null) {
					postgres.close();
					postgres = null;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static void deleteData() throws IOException {
			if (Files.exists(DATA)) {
				try (var paths = Files.walk(DATA)) {
					paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
				}
			}
		}

	}

}
