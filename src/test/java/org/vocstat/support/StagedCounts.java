package org.vocstat.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts over the staged rows written independently of the ledger and the fact views, so
 * tests can check the figures against a second implementation of the counting rule rather
 * than against the code under test.
 */
public final class StagedCounts {

	private static final String STUDENTS = """
			SELECT count(DISTINCT person) FROM (
			    SELECT CASE WHEN s.id_kind IN ('VALID', 'UPGRADED_LEGACY') THEN s.id_hash ELSE 'sms' || s.id_hash END AS person
			    FROM stg_sms_student s JOIN batch b USING (batch_id)
			    WHERE s.batch_id = :batch AND %1$s
			    UNION ALL
			    SELECT CASE WHEN t.id_kind IN ('VALID', 'UPGRADED_LEGACY') THEN t.id_hash ELSE 'tss' || t.id_hash END
			    FROM stg_tss_student t JOIN batch b USING (batch_id)
			    WHERE t.batch_id = :batch AND %2$s) p""";

	private StagedCounts() {
	}

	/**
	 * Persons with a record open at the statistics date in either registry, each once.
	 */
	public static long inSchool(JdbcClient jdbc, long batch) {
		return count(jdbc, batch, """
				s.entry_month <= b.snapshot_date AND NOT (s.status IN ('转出', '退学', '毕业', '结业', '注销')
				    AND COALESCE(s.status_changed, s.entry_month) <= b.snapshot_date)""", """
				t.entry_date <= b.snapshot_date AND NOT (t.status IN ('转学', '退学', '毕业', '结业')
				    AND COALESCE(t.status_changed, t.entry_date) <= b.snapshot_date)""");
	}

	/** Persons with a record whose entry falls in the academic year, each once. */
	public static long newEntrants(JdbcClient jdbc, long batch) {
		return count(jdbc, batch,
				"s.entry_month BETWEEN make_date(b.academic_year, 9, 1) AND make_date(b.academic_year + 1, 8, 31)",
				"t.entry_date BETWEEN make_date(b.academic_year, 9, 1) AND make_date(b.academic_year + 1, 8, 31)");
	}

	private static long count(JdbcClient jdbc, long batch, String sms, String tss) {
		return jdbc.sql(STUDENTS.formatted(sms, tss)).param("batch", batch).query(Long.class).single();
	}

}
