package org.vocstat.operator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.vocstat.database.EmbeddedServerEarlyStart;
import org.vocstat.pipeline.GracefulStop;

/**
 * The running application behind a command that needs the database: starts Spring (and
 * with it the embedded PostgreSQL and Flyway's migrations) for the command's duration.
 */
public final class Warehouse implements AutoCloseable {

	/** Auto-configurations only the web console needs. */
	private static final List<String> WEB_ONLY = List.of(
			"org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration");

	private final ConfigurableApplicationContext context;

	/** Counted down when the command is done with the warehouse. */
	private final CountDownLatch closed = new CountDownLatch(1);

	private Warehouse(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static Warehouse open(VocstatCommand root) {
		return open(root, false);
	}

	/**
	 * Starts the application, as a web server serving the console when {@code web} (only
	 * {@code console} and {@code serve} do: every other command starts no server).
	 */
	static Warehouse open(VocstatCommand root, boolean web) {
		Path home = ConfigurationHints.usableHome(root.home().toAbsolutePath());
		try {
			List<String> args = new ArrayList<>();
			args.add("--vocstat.home=" + home);
			if (web) {
				args.add("--spring.main.web-application-type=servlet");
			}
			else {
				// Without a web server nothing renders pages or checks sign-ins: skip
				// setting up the template engine and the security beans.
				args.add("--spring.autoconfigure.exclude=" + String.join(",", WEB_ONLY));
			}
			args.addAll(root.springArgs());
			ConfigurableApplicationContext context = null;
			if (root.readOnly()) {
				// Only the beans the command asks for, only the auto-configurations that
				// reading needs, and no Flyway while the schema is current: most of a
				// read-only command's start (bench/performance.md, "Commands that answer
				// in a second").
				List<String> light = new ArrayList<>(args);
				light.add("--spring.main.lazy-initialization=true");
				light.add("--spring.flyway.enabled=false");
				context = start(ReadOnlyApplication.class, light);
				if (!current(context)) {
					context.close();
					context = null;
				}
			}
			if (context == null) {
				context = start(root.application(), args);
			}
			Warehouse warehouse = new Warehouse(context);
			Runtime.getRuntime().addShutdownHook(new Thread(warehouse::stopGracefully, "vocstat-stop"));
			return warehouse;
		}
		catch (RuntimeException ex) {
			// A bad setting's line is complete; Spring's causes would only add many lines
			// of codes to it (the log file has them).
			boolean setting = SettingProblem.describe(ex).isPresent();
			String problem = setting ? Problems.describeStartup(ex) + "; " + ConfigurationHints.SETTINGS
					: ConfigurationHints.describeStartup(ex);
			throw new ConfigurationProblem(Messages.text("config.cannot-start", "cannot start vocstat: {0}", problem),
					setting ? null : ex);
		}
	}

	/**
	 * Whether the schema is current; when that cannot be told, the full start decides.
	 */
	private static boolean current(ConfigurableApplicationContext context) {
		try {
			return SchemaCurrency.current(context);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static ConfigurableApplicationContext start(Class<?> application, List<String> args) {
		// The embedded server starts while Spring does (EmbeddedServerEarlyStart).
		return new SpringApplicationBuilder(application).registerShutdownHook(false)
			.listeners(new EmbeddedServerEarlyStart())
			.run(args.toArray(String[]::new));
	}

	/**
	 * Runs a command's body against the warehouse and closes it; an argument the body
	 * finds wrong (no such run, no batch for that period) is a usage error, exit 2, with
	 * its message.
	 */
	static int run(VocstatCommand root, ToIntFunction<Warehouse> body) {
		try (Warehouse warehouse = open(root)) {
			return body.applyAsInt(warehouse);
		}
		catch (IllegalArgumentException ex) {
			throw new ConfigurationProblem(Messages.say(ex), ex);
		}
	}

	/** A property of the running application ({@code local.server.port} …), or null. */
	String property(String name) {
		return context.getEnvironment().getProperty(name);
	}

	/** The application's bean of this type. */
	public <T> T get(Class<T> type) {
		return context.getBean(type);
	}

	/**
	 * On SIGTERM: ask running steps to stop at their next chunk boundary, wait for the
	 * job, then close the database. The run is left STOPPED and resumes from its last
	 * chunk when the same command is run again.
	 */
	private void stopGracefully() {
		if (context.isActive()) {
			GracefulStop stop = context.getBean(GracefulStop.class);
			stop.request();
			stop.awaitIdle(Duration.ofMinutes(2));
			// The command may still be reporting on the run it stopped; it needs the
			// database until it is done.
			try {
				closed.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			context.close();
		}
	}

	@Override
	public void close() {
		context.close();
		closed.countDown();
	}

}
