package org.vocstat.pipeline;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Makes sure two loads never run at once, whichever machine starts them: a PostgreSQL
 * session-level advisory lock, held on its own connection for as long as the work runs.
 * The server releases it when that session ends, even if the process is killed. The
 * holder names itself in {@code application_name}, so a second invocation can say who.
 */
@Component
public class LoadLock {

	/** 'vocstat' in ASCII: the advisory lock key all vocstat loads share. */
	private static final long KEY = 0x766f6373746174L;

	private static final Logger log = LoggerFactory.getLogger(LoadLock.class);

	private final DataSource dataSource;

	LoadLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Runs {@code work} holding the lock, or throws {@link LoadBusyException} naming the
	 * holder.
	 */
	public <T> T run(String what, Supplier<T> work) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			try (PreparedStatement name = connection
				.prepareStatement("SELECT set_config('application_name', ?, false)")) {
				name.setString(1, describe(what));
				name.execute();
			}
			if (!tryLock(connection)) {
				throw new LoadBusyException(holder(connection));
			}
			try {
				return work.get();
			}
			finally {
				release(connection);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot take the load lock: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Unlocks; if the session is gone (database restarted), so is the lock, and there is
	 * nothing to do.
	 */
	private static void release(Connection connection) {
		try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)");
				PreparedStatement reset = connection.prepareStatement("RESET application_name")) {
			unlock.setLong(1, KEY);
			unlock.execute();
			reset.execute();
		}
		catch (SQLException ex) {
			log.debug("the load lock's session ended before it was released", ex);
		}
	}

	private static boolean tryLock(Connection connection) throws SQLException {
		try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
			lock.setLong(1, KEY);
			try (ResultSet result = lock.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	/** Who holds the lock now, if any process does (without taking it). */
	public Optional<String> holder() {
		try (Connection connection = dataSource.getConnection()) {
			return currentHolder(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot look at the load lock: " + ex.getMessage(), ex);
		}
	}

	private static String holder(Connection connection) throws SQLException {
		return currentHolder(connection).orElse("a process that has just finished");
	}

	private static Optional<String> currentHolder(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("""
				SELECT a.application_name, a.client_addr, a.backend_start
				FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
				WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ? AND l.objsubid = 1""")) {
			query.setLong(1, KEY >>> 32);
			query.setLong(2, KEY & 0xFFFFFFFFL);
			try (ResultSet result = query.executeQuery()) {
				return result.next()
						? Optional.of(result.getString(1) + " (connected " + result.getTimestamp(3).toInstant() + ")")
						: Optional.empty();
			}
		}
	}

	private static String describe(String what) {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown-host";
		}
		String text = "vocstat " + what + " pid " + ProcessHandle.current().pid() + " on " + host + " since "
				+ Instant.now().toString().substring(0, 19) + "Z";
		return text.length() > 63 ? text.substring(0, 63) : text;
	}

}
