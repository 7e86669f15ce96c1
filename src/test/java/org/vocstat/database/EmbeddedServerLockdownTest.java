package org.vocstat.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded server as another local user meets it: no way in without the password, the
 * superuser not at all, no IPv6 listener, no socket; the owning role cannot read the hash
 * key or run programs; the read-only role sees facts and figures and no staged row.
 */
class EmbeddedServerLockdownTest {

	@TempDir
	static Path home;

	private static EmbeddedServer server;

	@BeforeAll
	static void startAndMigrate() throws IOException {
		Files.writeString(home.resolve("hash.key"), "secret-key-material");
		server = EmbeddedServer.open(home);
		Flyway.configure()
			.dataSource(server.jdbcUrl(), EmbeddedServer.OWNER, server.password())
			.locations("classpath:db/migration")
			.load()
			.migrate();
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void theSuperuserCannotConnectWithoutOrWithAPassword() {
		assertRefused("postgres", null);
		assertRefused("postgres", "postgres");
		assertRefused("postgres", server.password());
	}

	@Test
	void theOwningRoleNeedsItsPassword() throws SQLException {
		assertRefused(EmbeddedServer.OWNER, null);
		assertRefused(EmbeddedServer.OWNER, "wrong");
		try (Connection connection = connect(EmbeddedServer.OWNER, server.password())) {
			assertThat(connection.isValid(1)).isTrue();
		}
	}

	@Test
	void nothingListensOnIpv6NorOnAUnixSocket() throws IOException {
		assertThatThrownBy(() -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("::1", server.port()), 1000);
			}
		}).isInstanceOf(IOException.class);
		assertThat(Path.of("/tmp/.s.PGSQL." + server.port())).doesNotExist();
		// postmaster.pid: line 5 the socket directory (none), line 6 the address listened
		// on.
		List<String> pid = Files.readAllLines(home.resolve("pgdata/postmaster.pid"));
		assertThat(pid.get(4)).isEmpty();
		assertThat(pid.get(5)).isEqualTo("127.0.0.1");
		assertThat(owner().sql("SHOW listen_addresses").query(String.class).single()).isEqualTo("127.0.0.1");
	}

	@Test
	void anotherOsUserGetsInNeitherAsTheSuperuserNorAsTheOwner() throws Exception {
		boolean possible = Files.isExecutable(Path.of("/usr/bin/psql"))
				&& Files.isExecutable(Path.of("/usr/sbin/runuser")) && "root".equals(System.getProperty("user.name"));
		if ("true".equals(System.getenv("CI"))) {
			// .ci/run installs psql as root: on CI a skip would hide that this was never
			// proven.
			assertThat(possible).as("CI=true: this test needs /usr/bin/psql, /usr/sbin/runuser and root").isTrue();
		}
		assumeTrue(possible, "needs psql, runuser and root, as on CI");
		for (String user : List.of("postgres", EmbeddedServer.OWNER)) {
			Path output = Files.createTempFile("psql", ".out");
			Process psql = new ProcessBuilder("/usr/sbin/runuser", "-u", "nobody", "--", "/usr/bin/psql", "-w", "-h",
					"127.0.0.1", "-p", String.valueOf(server.port()), "-U", user, "-d", "postgres", "-c", "SELECT 1")
				.redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			try {
				assertThat(psql.waitFor(30, TimeUnit.SECONDS)).as("psql as nobody ended within 30 s").isTrue();
				String said = Files.readString(output, StandardCharsets.UTF_8);
				assertThat(psql.exitValue()).as(said).isNotZero();
				assertThat(said).as(user).containsAnyOf("rejects connection", "no password supplied");
			}
			finally {
				psql.destroyForcibly();
				Files.deleteIfExists(output);
			}
		}
	}

	@Test
	void pgHbaTrustsNobody() throws IOException {
		String hba = Files.readString(home.resolve("pgdata/pg_hba.conf"));
		assertThat(hba.lines().filter(line -> !line.startsWith("#")))
			.containsExactly("host all postgres 127.0.0.1/32 reject", "host all all 127.0.0.1/32 scram-sha-256");
	}

	@Test
	void theOwningRoleIsNoSuperuserAndCannotReadTheHashKeyNorRunAProgram() {
		JdbcClient jdbc = owner();
		assertThat(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class).single())
			.isFalse();
		assertThatThrownBy(() -> jdbc.sql("SELECT pg_read_file(:key)")
			.param("key", home.resolve("hash.key").toAbsolutePath().toString())
			.query(String.class)
			.single()).rootCause().hasMessageContaining("permission denied for function pg_read_file");
		assertThatThrownBy(() -> jdbc.sql("COPY (SELECT 1) TO PROGRAM 'id'").update()).rootCause()
			.hasMessageContaining("permission denied to COPY to or from an external program");
	}

	@Test
	void everyObjectInSchemaPublicBelongsToTheOwningRole() {
		assertThat(owner().sql("""
				SELECT relname FROM pg_class
				WHERE relnamespace = 'public'::regnamespace AND relowner <> 'vocstat'::regrole""")
			.query(String.class)
			.list()).isEmpty();
		assertThat(owner().sql("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public'")
			.query(String.class)
			.single()).isEqualTo("vocstat");
	}

	@Test
	void theReaderReadsFactsFiguresEditionsReviewAndAuditTrailButNoStagedRowQuarantineLedgerOrKey() {
		String password = new ReaderPassword(dataSource(EmbeddedServer.OWNER, server.password())).renew();
		JdbcClient reader = JdbcClient.create(dataSource(ReaderPassword.READER, password));

		assertThat(reader.sql("SELECT count(*) FROM fact_enrolment").query(Long.class).single()).isZero();
		assertThat(reader.sql("SELECT count(*) FROM figure").query(Long.class).single()).isZero();
		for (String table : List.of("edition_figure", "review_finding", "review_finding_figure", "review_explanation",
				"audit_entry")) {
			assertThat(reader.sql("SELECT count(*) FROM " + table).query(Long.class).single()).as(table).isZero();
		}
		for (String table : List.of("stg_sms_student", "stg_tss_student", "quarantine", "person_ledger", "identity_key",
				"batch_job_execution", "batch_pruned", "source_file")) {
			assertThatThrownBy(() -> reader.sql("SELECT count(*) FROM " + table).query(Long.class).single()).as(table)
				.rootCause()
				.hasMessageContaining("permission denied for table " + table);
		}
		assertThatThrownBy(() -> reader.sql("SELECT pg_read_file(:key)")
			.param("key", home.resolve("hash.key").toAbsolutePath().toString())
			.query(String.class)
			.single()).rootCause().hasMessageContaining("permission denied");
	}

	@Test
	void thePasswordIsKeptOwnerOnly() throws IOException {
		Path file = PasswordFile.of(home);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
			.isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
		assertThat(
				PosixFilePermissions.toString(Files.getPosixFilePermissions(PostgresBinaries.workingDirectory(home))))
			.isEqualTo("rwx------");
	}

	private static JdbcClient owner() {
		return JdbcClient.create(dataSource(EmbeddedServer.OWNER, server.password()));
	}

	private static PGSimpleDataSource dataSource(String user, String password) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(server.jdbcUrl());
		dataSource.setUser(user);
		dataSource.setPassword(password);
		return dataSource;
	}

	private static Connection connect(String user, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection(server.jdbcUrl(), properties);
	}

	private static void assertRefused(String user, String password) {
		assertThatThrownBy(() -> connect(user, password).close()).as(user + " with password " + password)
			.isInstanceOf(SQLException.class)
			.satisfies(ex -> assertThat(((SQLException) ex).getSQLState()).isIn("28000", "28P01", "08004"));
	}

}
