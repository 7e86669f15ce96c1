package org.vocstat.reconciliation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.vocstat.audit.ConservationViolation;

/**
 * The ledger's conservation check: on each side (sms and tss, students and graduates) the
 * classes add up to the side's staged records, each record exactly once. The reconcile
 * step fails if not.
 */
@Component
public class LedgerConservation {

	private final JdbcClient jdbc;

	LedgerConservation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Each side's staged records and ledger rows. The ledger is scanned once and grouped
	 * by side (four filtered counts would scan it four times); the staged records are
	 * counted in each side's own partition.
	 */
	public List<LedgerSide> sides(long batchId) {
		return jdbc
			.sql("""
					SELECT s.population, s.system, s.staged, COALESCE(l.rows, 0) AS ledger
					FROM (SELECT 1 AS side, 'students' AS population, 'sms' AS system,
					             (SELECT count(*) FROM stg_sms_student WHERE batch_id = :batch) AS staged
					      UNION ALL SELECT 2, 'students', 'tss', (SELECT count(*) FROM stg_tss_student WHERE batch_id = :batch)
					      UNION ALL SELECT 3, 'graduates', 'sms', (SELECT count(*) FROM stg_sms_graduate WHERE batch_id = :batch)
					      UNION ALL SELECT 4, 'graduates', 'tss', (SELECT count(*) FROM stg_tss_graduate WHERE batch_id = :batch)) s
					LEFT JOIN (SELECT population, system, count(*) AS rows FROM person_ledger
					           WHERE batch_id = :batch GROUP BY population, system) l
					       ON l.population = s.population AND l.system = s.system
					ORDER BY s.side""")
			.param("batch", batchId)
			.query(LedgerSide.class)
			.list();
	}

	/**
	 * Fails unless every side's ledger rows equal its staged records (the primary key
	 * rules out a record twice); returns the sides it checked.
	 */
	public List<LedgerSide> check(long batchId) {
		List<LedgerSide> sides = sides(batchId);
		List<String> broken = sides.stream()
			.filter(side -> side.staged() != side.ledger())
			.map(side -> side.population() + " " + side.system() + ": " + side.staged() + " records staged, "
					+ side.ledger() + " in the ledger")
			.toList();
		if (!broken.isEmpty()) {
			throw new ConservationViolation(
					"batch " + batchId + " ledger does not add up: " + String.join("; ", broken));
		}
		return sides;
	}

	/** One side of the ledger. */
	public record LedgerSide(String population, String system, long staged, long ledger) {
	}

}
