package org.vocstat.database;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The embedded PostgreSQL of a vocstat home, for one application context. Every vocstat
 * process of the home shares one server, which stays up while any of them uses it and is
 * stopped by the last to leave; vocstat connects to it as the owning role
 * {@code vocstat}, with the password kept in the home.
 */
final class EmbeddedServer implements AutoCloseable {

	static final String OWNER = "vocstat";

	private final SharedServer shared;

	private final AtomicBoolean closed = new AtomicBoolean();

	private EmbeddedServer(SharedServer shared) {
		this.shared = shared;
	}

	static EmbeddedServer open(Path home) {
		return new EmbeddedServer(EmbeddedServerEarlyStart.take(home).orElseGet(() -> SharedServer.acquire(home)));
	}

	/**
	 * Over 127.0.0.1 explicitly: the server listens there only, and "localhost" may
	 * resolve to ::1 first.
	 */
	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + shared.port() + "/postgres";
	}

	int port() {
		return shared.port();
	}

	String password() {
		return shared.password();
	}

	/**
	 * Tells {@code listener} the cause if the server dies while this context uses it,
	 * other than by vocstat.
	 */
	void onUnexpectedExit(Consumer<String> listener) {
		shared.onUnexpectedExit(listener);
	}

	@Override
	public void close() {
		if (!closed.getAndSet(true)) {
			SharedServer.release(shared);
		}
	}

}
