package org.vocstat.reconciliation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two pieces of work run one after the other on a thread of their own, beside the step's (see
 * {@link PersonLedger#build}), each in a transaction of its own: the step waits for the first, does more of its own,
 * then waits for the second. When the step fails it {@linkplain #settle settles}: a piece not yet begun does not
 * begin, and the statement a piece is running is cancelled, since a statement does not stop when its thread is
 * interrupted (nationally the first piece runs 50 s, and a statement waiting for a lock someone else holds would
 * hold the failed step as long).
 */
final class SecondConnection implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SecondConnection.class);

	/** How often {@link #settle} cancels again a piece that has not ended: a statement begun after a cancel runs on. */
	private static final long CANCEL_AGAIN_MILLIS = 1_000;

	private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
		Thread named = new Thread(runnable, "ledger-second");
		named.setDaemon(true);
		return named;
	});

	private final TransactionTemplate transaction;

	private final DataSource dataSource;

	private final CompletableFuture<Long> first = new CompletableFuture<>();

	private final Future<Long> both;

	/** Set, under this object's lock, when the step has failed: no piece begins after it. */
	private boolean abandoned;

	/** The connection of the piece running, under this object's lock; null between pieces and after them. */
	private PGConnection running;

	/**
	 * Starts {@code first}, then, if it succeeded and the step has not failed meanwhile, {@code second}, each in a
	 * transaction of {@code transaction}'s, on a connection of {@code dataSource}.
	 */
	SecondConnection(TransactionTemplate transaction, DataSource dataSource, Runnable first, Runnable second) {
		this.transaction = transaction;
		this.dataSource = dataSource;
		this.both = thread.submit(() -> {
			try {
				this.first.complete(timed(first));
			}
			catch (RuntimeException | Error ex) {
				this.first.completeExceptionally(ex);
				throw ex;
			}
			return timed(second);
		});
	}

	/** The nanoseconds the first piece took, its commit included, or its failure as it was thrown. */
	long first() {
		return await(first);
	}

	/** The nanoseconds the second piece took, or the failure of either as it was thrown. */
	long second() {
		return await(both);
	}

	/**
	 * Stops the pieces and waits for them to end, however they end, through interrupts too: the second does not
	 * begin now, and the statement running, if any, is cancelled (again every second, for one a piece began
	 * meanwhile). A piece that committed before the cancel came keeps what it committed, for the step to drop.
	 */
	void settle() {
		synchronized (this) {
			abandoned = true;
		}
		boolean interrupted = false;
		while (true) {
			cancelRunning();
			try {
				both.get(CANCEL_AGAIN_MILLIS, TimeUnit.MILLISECONDS);
				break;
			}
			catch (TimeoutException ex) {
				// Still running: cancel again.
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
			catch (ExecutionException ex) {
				log.debug("the second connection's part of the ledger failed too: {}", ex.getCause().toString());
				break;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Runs a piece in a transaction of its own, its connection known to {@link #settle} for as long as it runs; the
	 * nanoseconds it took, commit included.
	 */
	private long timed(Runnable piece) {
		long started = System.nanoTime();
		transaction.executeWithoutResult(status -> {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try {
				begin(connection);
				try {
					piece.run();
				}
				finally {
					end();
				}
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
		});
		return System.nanoTime() - started;
	}

	private synchronized void begin(Connection connection) {
		if (abandoned) {
			throw new IllegalStateException("the step failed before this part of the ledger began");
		}
		try {
			running = connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class) : null;
		}
		catch (SQLException ex) {
			running = null;
		}
	}

	/**
	 * Cleared before the transaction ends, under the lock {@link #cancelRunning} holds: no cancel is sent once the
	 * connection may go back to the pool and run another thread's statement.
	 */
	private synchronized void end() {
		running = null;
	}

	private synchronized void cancelRunning() {
		if (running == null) {
			return;
		}
		try {
			running.cancelQuery();
		}
		catch (SQLException ex) {
			log.debug("could not cancel the second connection's statement: {}", ex.toString());
		}
	}

	/** Interrupted, the step fails; it then {@linkplain #settle settles} before it returns. */
	private static long await(Future<Long> work) {
		try {
			return work.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the ledger was built", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException(ex.getCause().getMessage(), ex.getCause());
		}
	}

	@Override
	public void close() {
		thread.shutdownNow();
	}

}
