package org.vocstat.reconciliation;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Starts the work {@link PersonLedger} does beside the step's connection (see {@link SecondConnection}). */
@Component
class SecondConnections {

	private final TransactionTemplate ownTransaction;

	private final DataSource dataSource;

	private final Duration stopWithin;

	/**
	 * @param stopWithin how long a failed step keeps cancelling the work before it fails without it (see
	 * {@link SecondConnection#settle})
	 */
	SecondConnections(PlatformTransactionManager transactions, DataSource dataSource,
			@Value("${vocstat.reconcile.stop-within:1m}") Duration stopWithin) {
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.dataSource = dataSource;
		if (stopWithin.compareTo(Duration.ofSeconds(1)) < 0 || stopWithin.compareTo(Duration.ofDays(1)) > 0) {
			throw new IllegalArgumentException(
					"vocstat.reconcile.stop-within must be between 1s and 1d, not "
							+ (stopWithin.getSeconds() < 1 ? stopWithin.toMillis() + "ms" : stopWithin.getSeconds() + "s"));
		}
		this.stopWithin = stopWithin;
	}

	/** Starts {@code first}, then {@code second}, each in a transaction of its own on a connection of the pool. */
	SecondConnection start(Runnable first, Runnable second) {
		return new SecondConnection(ownTransaction, dataSource, stopWithin, first, second);
	}

}
