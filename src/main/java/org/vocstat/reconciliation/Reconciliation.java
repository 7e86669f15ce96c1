package org.vocstat.reconciliation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.vocstat.database.SqlMemory;

/**
 * Reconciles one loaded batch: school master, person ledger, conservation check, in one transaction, so the ledger
 * of a batch is always whole and re-deriving it replaces it exactly.
 */
@Component
public class Reconciliation {

	private final SchoolMaster schools;

	private final PersonLedger ledger;

	private final LedgerConservation conservation;

	private final JdbcClient jdbc;

	private final SqlMemory memory;

	Reconciliation(SchoolMaster schools, PersonLedger ledger, LedgerConservation conservation, JdbcClient jdbc,
			SqlMemory memory) {
		this.memory = memory;
		this.jdbc = jdbc;
		this.schools = schools;
		this.ledger = ledger;
		this.conservation = conservation;
	}

	@Transactional
	public void reconcile(long batchId) {
		memory.raiseForTransaction();
		schools.build(batchId);
		jdbc.sql("ANALYZE school_master").update();
		ledger.build(batchId);
		jdbc.sql("ANALYZE " + PersonLedger.partitionOf(batchId)).update();
		conservation.check(batchId);
	}

}
