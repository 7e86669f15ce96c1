package org.vocstat.reconciliation;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two pieces of work run one after the other on a thread of their own, beside the step's (see
 * {@link PersonLedger#build}), each in a transaction of its own: the step waits for the first, does more of its own,
 * then waits for the second. When the step fails it {@linkplain #settle settles}: a piece not yet begun does not
 * begin, a piece still running rolls back, and the statement running is cancelled, since a statement does not stop
 * when its thread is interrupted (nationally the first piece runs 50 s, and a statement waiting for a lock someone
 * else holds would hold the failed step as long).
 */
final class SecondConnection implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SecondConnection.class);

	/**
	 * How often {@link #settle} cancels the running statement again: PostgreSQL drops a cancel that comes between two
	 * statements of a piece, and the next one would run on.
	 */
	private static final long CANCEL_AGAIN_MILLIS = 1_000;

	private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
		Thread named = new Thread(runnable, "ledger-second");
		named.setDaemon(true);
		return named;
	});

	private final TransactionTemplate transaction;

	private final DataSource dataSource;

	private final RunningStatement running;

	/** How long {@link #settle} keeps cancelling before it closes the work's connection and returns. */
	private final Duration stopWithin;

	private final CompletableFuture<Long> first = new CompletableFuture<>();

	private final Future<Long> both;

	/** Set, under this object's lock, when the step has failed. */
	private boolean abandoned;

	/**
	 * Starts {@code first}, then, if it succeeded and the step has not failed meanwhile, {@code second}, each in a
	 * transaction of {@code transaction}'s, on a connection of {@code dataSource}; {@link #settle} waits at most
	 * {@code stopWithin} for them to stop.
	 */
	SecondConnection(TransactionTemplate transaction, DataSource dataSource, Duration stopWithin, Runnable first,
			Runnable second) {
		this.transaction = transaction;
		this.dataSource = dataSource;
		this.stopWithin = stopWithin;
		this.running = new RunningStatement(dataSource);
		this.both = thread.submit(() -> {
			try {
				this.first.complete(inOwnTransaction(first));
			}
			catch (RuntimeException | Error ex) {
				this.first.completeExceptionally(ex);
				throw ex;
			}
			return inOwnTransaction(second);
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

	/** How the work stood when {@link #settle} returned. */
	enum Settled {

		/** Both pieces have ended, committed or rolled back. */
		ENDED,

		/**
		 * The first piece had ended before the second's connection was closed: no transaction of this work holds the
		 * first piece's table any longer.
		 */
		FIRST_ENDED,

		/** The first piece's connection was closed while it ran: the server may still be running its statement. */
		RUNNING

	}

	/**
	 * Stops the pieces and waits for them to end, however they end, through interrupts too. A piece that committed
	 * before this keeps what it committed, for the step to drop. If they still run after {@code stopWithin} of
	 * cancels (plus, at worst, the driver's wait for one cancel to be taken, 10 s by default), the cancels are not
	 * reaching the server, say through a proxy that drops them: the connection is then closed from this side (see
	 * {@link RunningStatement#abort}), so the piece fails instead of holding its thread and a connection of the pool,
	 * and the step fails without waiting. The server rolls the piece's transaction back once it finds the connection
	 * gone, which a statement still running or waiting for a lock finds only when it ends.
	 */
	Settled settle() {
		synchronized (this) {
			abandoned = true;
		}
		long deadline = System.nanoTime() + stopWithin.toNanos();
		boolean interrupted = false;
		try {
			while (true) {
				running.cancel();
				try {
					both.get(Math.min(CANCEL_AGAIN_MILLIS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)),
							TimeUnit.MILLISECONDS);
					return Settled.ENDED;
				}
				catch (TimeoutException ex) {
					if (System.nanoTime() - deadline >= 0) {
						// Before the abort: the abort ends the piece on this side at once, not on the server's.
						Settled settled = first.isDone() ? Settled.FIRST_ENDED : Settled.RUNNING;
						running.abort();
						log.warn("the ledger's second connection did not stop within {} s of cancels: it is closed, "
								+ "the reconcile step fails without waiting for it, and what it leaves is dropped by the "
								+ "next build of the batch", stopWithin.toMillis() / 1000.0);
						return settled;
					}
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
				catch (ExecutionException ex) {
					log.debug("the second connection's part of the ledger failed too: {}", ex.getCause().toString());
					return Settled.ENDED;
				}
			}
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Runs a piece in a transaction of its own, its connection known to {@link #settle} while the piece runs; the
	 * nanoseconds it took, commit included. A piece stopped by {@link #settle} fails, whether its statement was
	 * cancelled or it ended and rolled back.
	 */
	private long inOwnTransaction(Runnable piece) {
		long started = System.nanoTime();
		requireNotAbandoned();
		Ending ending = new Ending();
		try {
			transaction.executeWithoutResult(status -> {
				Connection connection = DataSourceUtils.getConnection(dataSource);
				try {
					register(connection);
					piece.run();
				}
				finally {
					unregister(status, ending);
					DataSourceUtils.releaseConnection(connection, dataSource);
				}
			});
		}
		finally {
			if (ending.cancelled != null) {
				running.retire(ending.cancelled);
			}
		}
		if (ending.rolledBack) {
			throw new IllegalStateException("the reconcile step failed: this part of the ledger was stopped and rolled back");
		}
		return System.nanoTime() - started;
	}

	private synchronized void register(Connection connection) {
		requireNotAbandoned();
		running.register(connection);
	}

	/**
	 * A piece whose last statement ended after the step failed (a cancel between two statements is dropped) rolls
	 * back instead of committing what the step would only drop.
	 */
	private synchronized void unregister(TransactionStatus status, Ending ending) {
		if (abandoned) {
			status.setRollbackOnly();
			ending.rolledBack = true;
		}
		ending.cancelled = running.unregister();
	}

	/** How a piece's transaction ended: the connection to retire if a cancel was sent to it, and whether it was stopped. */
	private static final class Ending {

		private Connection cancelled;

		private boolean rolledBack;

	}

	private synchronized void requireNotAbandoned() {
		if (abandoned) {
			throw new IllegalStateException("the reconcile step failed: this part of the ledger was stopped");
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
