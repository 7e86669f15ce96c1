package org.vocstat.reconciliation;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection a piece of {@link SecondConnection}'s work runs its statements on, known for as long as the piece
 * runs, so that another thread can cancel the statement running there. Registering, unregistering and cancelling
 * hold this object's lock, and a piece unregisters before its transaction ends: no cancel is sent once the
 * connection may go back to the pool.
 */
final class RunningStatement {

	private static final Logger log = LoggerFactory.getLogger(RunningStatement.class);

	private final DataSource dataSource;

	/** The pool's connection and the driver's under it, while a piece runs on them. */
	private Connection pooled;

	private PGConnection driver;

	private boolean cancelSent;

	RunningStatement(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	synchronized void register(Connection connection) {
		PGConnection unwrapped;
		try {
			unwrapped = connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class) : null;
		}
		catch (SQLException ex) {
			unwrapped = null;
		}
		pooled = connection;
		driver = unwrapped;
		cancelSent = false;
		if (driver == null) {
			log.warn("the ledger's second connection cannot be cancelled (not a PostgreSQL driver connection: {}): a "
					+ "failed reconcile step will wait for its statements to end, as long as vocstat.reconcile.stop-within "
					+ "at most", connection.getClass().getName());
		}
	}

	/** Forgets the connection; returns it if a cancel was sent to it, for {@link #retire} once its transaction ended. */
	synchronized Connection unregister() {
		Connection cancelled = cancelSent ? pooled : null;
		pooled = null;
		driver = null;
		return cancelled;
	}

	/** Cancels the statement the registered connection is running, if any. */
	synchronized void cancel() {
		if (driver == null) {
			return;
		}
		cancelSent = true;
		try {
			driver.cancelQuery();
		}
		catch (SQLException ex) {
			log.debug("could not cancel the second connection's statement: {}", ex.toString());
		}
	}

	/**
	 * Closes the registered connection from the client's side, for work the cancels did not stop (they never reached
	 * the server): a statement running there fails at once instead of holding its thread and a connection of the
	 * pool until the server answers, and the server rolls the transaction back once it finds the connection gone.
	 * Like a cancelled connection, it is {@linkplain #retire retired} when its piece ends.
	 */
	synchronized void abort() {
		if (pooled == null) {
			return;
		}
		cancelSent = true;
		try {
			Connection physical = driver instanceof Connection connection ? connection : pooled.unwrap(Connection.class);
			// On this thread, under this lock, so the connection is closed before the piece can give it back to the
			// pool (see the class comment); the PostgreSQL driver only closes its socket, which does not wait.
			physical.abort(Runnable::run);
		}
		catch (SQLException | RuntimeException ex) {
			log.warn("could not close the ledger's second connection: {}", ex.toString());
		}
	}

	/**
	 * Takes a connection a cancel was sent to out of the pool, once its transaction has ended. The driver gives up
	 * waiting for the server to take a cancel request after a timeout, the request sent: on a loaded server the
	 * signal could come late, and cancel the statement of whichever thread had the connection next.
	 */
	void retire(Connection cancelled) {
		if (dataSource instanceof HikariDataSource pool) {
			try {
				pool.evictConnection(cancelled);
			}
			catch (RuntimeException ex) {
				// The piece's own outcome is what the step reports; this only narrows an unlikely window.
				log.debug("could not take a cancelled connection out of the pool: {}", ex.toString());
			}
		}
	}

}
