package org.vocstat.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded server started while Spring starts: the context's server is that one (one
 * use of it, so its last user still stops it), a context that closes without asking for
 * it leaves no server behind, and with an external database none is started.
 */
class EmbeddedServerEarlyStartTest {

	@TempDir
	Path home;

	@Test
	void theContextTakesTheServerStartedEarlyAndItsLastUserStopsIt() {
		prepared(new EmbeddedServerEarlyStart(), Map.of("vocstat.home", home.toString()));

		EmbeddedServer server = EmbeddedServer.open(home);
		assertThat(home.resolve("pgdata/postmaster.pid")).exists();
		assertThat(EmbeddedServerEarlyStart.take(home)).as("taken once").isEmpty();

		server.close();
		assertThat(home.resolve("pgdata/postmaster.pid")).as("the last one out stopped the server").doesNotExist();
	}

	@Test
	void aContextClosedBeforeAskingForItsDatabaseLeavesNoServerRunning() {
		EmbeddedServerEarlyStart early = new EmbeddedServerEarlyStart();
		prepared(early, Map.of("vocstat.home", home.toString()));

		early.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));

		assertThat(EmbeddedServerEarlyStart.take(home)).isEmpty();
		assertThat(home.resolve("pgdata/postmaster.pid")).doesNotExist();
	}

	@Test
	void aContextClosingLeavesTheServerStartedForAnotherAlone() {
		EmbeddedServerEarlyStart first = new EmbeddedServerEarlyStart();
		prepared(first, Map.of("vocstat.home", home.toString()));
		EmbeddedServer firstServer = EmbeddedServer.open(home);
		prepared(new EmbeddedServerEarlyStart(), Map.of("vocstat.home", home.toString()));

		first.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));
		Optional<SharedServer> second = EmbeddedServerEarlyStart.take(home);
		assertThat(second).as("the second context's server, still there for it to take").isPresent();

		firstServer.close();
		assertThat(home.resolve("pgdata/postmaster.pid")).exists();
		SharedServer.release(second.get());
		assertThat(home.resolve("pgdata/postmaster.pid")).doesNotExist();
	}

	@Test
	void anExternalDatabaseStartsNoServer() {
		prepared(new EmbeddedServerEarlyStart(),
				Map.of("vocstat.home", home.toString(), "spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/none"));

		assertThat(EmbeddedServerEarlyStart.take(home)).isEmpty();
		assertThat(home.resolve("pgdata")).doesNotExist();
	}

	private static void prepared(EmbeddedServerEarlyStart early, Map<String, Object> settings) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
		early.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
				new SpringApplication(), new String[0], environment));
	}

}
