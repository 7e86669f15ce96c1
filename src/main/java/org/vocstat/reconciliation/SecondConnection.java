package org.vocstat.reconciliation;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two pieces of work run one after the other on a thread of their own, beside the step's (see
 * {@link PersonLedger#build}): the step waits for the first, does more of its own, then waits for the second. Each
 * piece runs its statements in transactions of its own, so the pieces' JDBC statements are what must end before the
 * step may: a statement does not stop when its thread is interrupted.
 */
final class SecondConnection implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SecondConnection.class);

	private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
		Thread named = new Thread(runnable, "ledger-second");
		named.setDaemon(true);
		return named;
	});

	private final CompletableFuture<Long> first = new CompletableFuture<>();

	private final Future<Long> both;

	/** Set when the step has failed: the second piece, if not started, is not worth its time (40 s nationally). */
	private volatile boolean abandoned;

	/**
	 * Starts {@code first}, then, if it succeeded and the step has not failed meanwhile, {@code second}; each returns
	 * the nanoseconds it took.
	 */
	SecondConnection(Callable<Long> first, Callable<Long> second) {
		this.both = thread.submit(() -> {
			try {
				this.first.complete(first.call());
			}
			catch (Exception | Error ex) {
				this.first.completeExceptionally(ex);
				throw ex;
			}
			if (abandoned) {
				throw new IllegalStateException("the step failed before the second piece began");
			}
			return second.call();
		});
	}

	/** What the first piece returned, or its failure as it was thrown. */
	long first() {
		return await(first);
	}

	/** What the second piece returned, or the failure of either as it was thrown. */
	long second() {
		return await(both);
	}

	/** Waits for both pieces to end, however they end, through interrupts too; the second does not begin now. */
	void settle() {
		abandoned = true;
		boolean interrupted = false;
		while (true) {
			try {
				both.get();
				break;
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
