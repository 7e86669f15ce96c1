package org.vocstat.reconciliation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.vocstat.audit.ConservationViolation;

/**
 * The ledger's conservation check: on each side (sms and tss, students and graduates) the classes add up to the
 * side's staged records, each record exactly once. The reconcile step fails if not.
 */
@Component
public class LedgerConservation {

	private final JdbcClient jdbc;

	LedgerConservation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Each side's staged records and ledger rows. */
	public List<LedgerSide> sides(long batchId) {
		return jdbc.sql("""
				SELECT s.population, s.system, s.staged,
				       (SELECT count(*) FROM person_ledger l
				        WHERE l.batch_id = :batch AND l.population = s.population AND l.system = s.system) AS ledger
				FROM (SELECT 'students' AS population, 'sms' AS system,
				             (SELECT count(*) FROM stg_sms_student WHERE batch_id = :batch) AS staged
				      UNION ALL SELECT 'students', 'tss', (SELECT count(*) FROM stg_tss_student WHERE batch_id = :batch)
				      UNION ALL SELECT 'graduates', 'sms', (SELECT count(*) FROM stg_sms_graduate WHERE batch_id = :batch)
				      UNION ALL SELECT 'graduates', 'tss', (SELECT count(*) FROM stg_tss_graduate WHERE batch_id = :batch)) s""")
			.param("batch", batchId)
			.query(LedgerSide.class)
			.list();
	}

	/**
	 * Fails unless every side's ledger rows equal its staged records (the primary key rules out a record twice);
	 * returns the sides it checked.
	 */
	public List<LedgerSide> check(long batchId) {
		List<LedgerSide> sides = sides(batchId);
		List<String> broken = sides.stream()
			.filter(side -> side.staged() != side.ledger())
			.map(side -> side.population() + " " + side.system() + ": " + side.staged() + " records staged, "
					+ side.ledger() + " in the ledger")
			.toList();
		if (!broken.isEmpty()) {
			throw new ConservationViolation("batch " + batchId + " ledger does not add up: " + String.join("; ", broken));
		}
		return sides;
	}

	/** One side of the ledger. */
	public record LedgerSide(String population, String system, long staged, long ledger) {
	}

}
