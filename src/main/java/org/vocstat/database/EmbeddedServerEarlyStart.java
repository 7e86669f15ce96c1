package org.vocstat.database;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;

/**
 * Starts or joins the home's embedded server in the background as soon as the
 * application's settings are known, so that PostgreSQL's start (reading the bundled
 * binaries, the postmaster's own start) overlaps Spring's, instead of following it; the
 * context's {@link EmbeddedServer} then takes that server rather than starting one. For a
 * short command the two starts are each a good part of its time (bench/performance.md).
 * An application given to {@code SpringApplicationBuilder.listeners}; with an external
 * database ({@code spring.datasource.url}) it does nothing.
 */
public final class EmbeddedServerEarlyStart implements ApplicationListener<ApplicationEvent> {

	/** Servers started early and not yet taken by a context, by home. */
	private static final Map<Path, CompletableFuture<SharedServer>> STARTED = new ConcurrentHashMap<>();

	// Written on the thread that starts the application, read on the one that closes it.
	private volatile Path home;

	/** The server this listener started, until a context takes it. */
	private volatile CompletableFuture<SharedServer> started;

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			start(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationFailedEvent || event instanceof ContextClosedEvent) {
			// A context that failed or closed before asking for its database: the server
			// started for it is left as any other user leaves it. Only that one: another
			// context of this JVM may have started one for the same home since.
			if (started != null && STARTED.remove(home, started)) {
				try {
					SharedServer.release(started.join());
				}
				catch (CompletionException ex) {
					// It did not start: there is nothing to leave.
				}
			}
		}
	}

	private void start(Environment environment) {
		String given = environment.getProperty("vocstat.home");
		if (environment.containsProperty("spring.datasource.url") || given == null || given.isBlank()) {
			return;
		}
		Path key;
		try {
			key = key(Path.of(given));
		}
		catch (InvalidPathException ex) {
			// Not a path: the context's own start says so, as it did without this.
			return;
		}
		// A daemon thread: a server still starting when the JVM ends is left as by a
		// killed vocstat, and the next one stops it.
		CompletableFuture<SharedServer> server = new CompletableFuture<>();
		if (STARTED.putIfAbsent(key, server) == null) {
			home = key;
			started = server;
			Thread starter = new Thread(() -> {
				try {
					server.complete(SharedServer.acquire(key));
				}
				catch (RuntimeException | Error ex) {
					server.completeExceptionally(ex);
				}
			}, "vocstat-database-start");
			starter.setDaemon(true);
			starter.start();
		}
	}

	/**
	 * The server started early for {@code home}, once it is up (this use now belongs to
	 * the caller); empty if none was. A start that failed fails here, as it would have in
	 * the caller.
	 */
	static Optional<SharedServer> take(Path home) {
		CompletableFuture<SharedServer> server = STARTED.remove(key(home));
		if (server == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(server.join());
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private static Path key(Path home) {
		return home.toAbsolutePath().normalize();
	}

}
