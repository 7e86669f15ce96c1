package org.vocstat.reconciliation;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Starts the work {@link PersonLedger} does beside the step's connection (see {@link SecondConnection}). */
@Component
class SecondConnections {

	private final TransactionTemplate ownTransaction;

	private final DataSource dataSource;

	SecondConnections(PlatformTransactionManager transactions, DataSource dataSource) {
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.dataSource = dataSource;
	}

	/** Starts {@code first}, then {@code second}, each in a transaction of its own on a connection of the pool. */
	SecondConnection start(Runnable first, Runnable second) {
		return new SecondConnection(ownTransaction, dataSource, first, second);
	}

}
