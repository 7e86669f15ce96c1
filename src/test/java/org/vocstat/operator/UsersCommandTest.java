package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.vocstat.console.ConsoleUsers;
import org.vocstat.support.PostgresTest;

/**
 * {@code vocstat users add} stores a user with only the hash of the password, which it
 * reads from standard input or generates and prints once; the console's first start with
 * no users creates one operator, admin, once.
 */
@PostgresTest
class UsersCommandTest {

	private static final Pattern PRINTED = Pattern.compile("\\n    (\\S+)\\n");

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsoleUsers users;

	@Test
	void addsAUserWithAGeneratedPasswordShownOnceAndStoredAsAHash() {
		CliRun run = CliRun.withDatabase("users", "add", "alice", "--role", "statistician");
		assertThat(run.code()).as(run.err()).isZero();
		Matcher printed = PRINTED.matcher(run.out().replace("\r", ""));
		assertThat(printed.find()).as(run.out()).isTrue();
		String hash = hashOf("alice");
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(printed.group(1));
		assertThat(encoder.matches(printed.group(1), hash)).isTrue();
		assertThat(jdbc.sql("SELECT role FROM console_user WHERE username = 'alice'").query(String.class).single())
			.isEqualTo("statistician");
	}

	@Test
	void readsThePasswordFromStandardInput() {
		InputStream stdin = System.in;
		try {
			System.setIn(new ByteArrayInputStream("a-long-enough-secret\n".getBytes(StandardCharsets.UTF_8)));
			CliRun run = CliRun.withDatabase("users", "add", "bob", "--role", "auditor", "--password-stdin");
			assertThat(run.code()).as(run.err()).isZero();
			assertThat(run.out()).doesNotContain("a-long-enough-secret");
		}
		finally {
			System.setIn(stdin);
		}
		assertThat(encoder.matches("a-long-enough-secret", hashOf("bob"))).isTrue();
	}

	@Test
	void refusesAnUnknownRoleWithOneLine() {
		CliRun run = CliRun.withDatabase("users", "add", "carol", "--role", "admin");
		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err().strip()).isEqualTo("vocstat: --role is auditor, statistician or operator, not admin");
	}

	@Test
	void theFirstStartWithNoUsersCreatesAdminOnce() {
		jdbc.sql("DELETE FROM console_user").update();
		String password = users.createFirstAdmin().orElseThrow();
		assertThat(users.createFirstAdmin()).isEmpty();
		assertThat(encoder.matches(password, hashOf("admin"))).isTrue();
		assertThat(jdbc.sql("SELECT role FROM console_user WHERE username = 'admin'").query(String.class).single())
			.isEqualTo("operator");
	}

	private String hashOf(String user) {
		return jdbc.sql("SELECT password_hash FROM console_user WHERE username = :name")
			.param("name", user)
			.query(String.class)
			.single();
	}

}
