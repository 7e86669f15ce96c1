package org.vocstat.reconciliation;

import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.vocstat.database.SqlMemory;
import org.vocstat.database.TableStatistics;

/**
 * Reconciles one loaded batch: school master, person ledger, conservation check, in one
 * transaction, so the ledger of a batch is always whole and re-deriving it replaces it
 * exactly.
 */
@Component
public class Reconciliation {

	private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

	private final SchoolMaster schools;

	private final PersonLedger ledger;

	private final LedgerConservation conservation;

	private final JdbcClient jdbc;

	private final SqlMemory memory;

	private final TableStatistics statistics;

	Reconciliation(SchoolMaster schools, PersonLedger ledger, LedgerConservation conservation, JdbcClient jdbc,
			SqlMemory memory, TableStatistics statistics) {
		this.memory = memory;
		this.statistics = statistics;
		this.jdbc = jdbc;
		this.schools = schools;
		this.ledger = ledger;
		this.conservation = conservation;
	}

	/**
	 * Reconciles the batch; returns each side's staged records and ledger rows, as the
	 * conservation check found them.
	 */
	@Transactional
	public List<LedgerConservation.LedgerSide> reconcile(long batchId) {
		memory.raiseForTransaction();
		timed("school master", () -> {
			schools.build(batchId);
			jdbc.sql("ANALYZE school_master").update();
		});
		timed("person ledger", () -> {
			ledger.build(batchId);
			// The new tables only: ANALYZE of the partitioned ledger would sample and
			// re-analyse every batch's
			// partition, a cost growing with the warehouse, and of the batch's
			// partitioned table would sample its
			// two tables again, for statistics no query uses: each reads a batch at a
			// time, planned from the tables'
			// own.
			statistics.analyse(PersonLedger.tablesOf(batchId));
		});
		return timed("conservation check", () -> conservation.check(batchId));
	}

	private static void timed(String part, Runnable work) {
		timed(part, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * Each part on a log line of its own: at national scale the step runs for minutes.
	 */
	private static <T> T timed(String part, Supplier<T> work) {
		long started = System.nanoTime();
		T result = work.get();
		log.info("reconcile: {} in {}s", part, String.format("%.1f", (System.nanoTime() - started) / 1e9));
		return result;
	}

}
