package org.vocstat.reconciliation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read side of reconciliation: the ledger by school and region, the conflicts, and the
 * counted persons.
 */
@Repository
public class LedgerQueries {

	private final JdbcClient jdbc;

	LedgerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The region's ledger per side, and with {@code bySchool} each school's too (region
	 * lines have school '*').
	 */
	public List<LedgerLine> ledger(long batchId, boolean bySchool) {
		return jdbc.sql("""
				SELECT l.population, l.system,
				       CASE WHEN GROUPING(l.school_key) = 1 THEN '*' ELSE COALESCE(l.school_key, '?') END AS school,
				       CASE WHEN GROUPING(l.school_key) = 1 THEN '(region)' ELSE COALESCE(max(m.school_name), '?') END
				           AS name,
				       count(*) FILTER (WHERE class = 'MATCHED') AS matched,
				       count(*) FILTER (WHERE class = 'MATCHED_CONFLICT') AS conflict,
				       count(*) FILTER (WHERE class = 'TSS_ONLY') AS tss_only,
				       count(*) FILTER (WHERE class = 'SMS_ONLY_TECHNICAL') AS sms_only_tech,
				       count(*) FILTER (WHERE class = 'SMS_ONLY') AS sms_only,
				       count(*) FILTER (WHERE class = 'DUPLICATE') AS duplicate,
				       count(*) FILTER (WHERE class = 'UNMATCHABLE') AS unmatchable, count(*) AS total
				FROM person_ledger l
				LEFT JOIN school_master m ON m.batch_id = l.batch_id AND m.school_key = l.school_key
				WHERE l.batch_id = :batch
				GROUP BY GROUPING SETS ((l.population, l.system), (l.population, l.system, l.school_key))
				HAVING :bySchool OR GROUPING(l.school_key) = 1
				ORDER BY l.population DESC, l.system, GROUPING(l.school_key), 3""")
			.param("batch", batchId)
			.param("bySchool", bySchool)
			.query(LedgerLine.class)
			.list();
	}

	/** Every matched person whose two records differ, with both sides' values. */
	public List<Conflict> conflicts(long batchId) {
		return jdbc
			.sql("""
					WITH pair AS (
					    SELECT s.population, s.conflicts, s.file_id AS s_file, s.line_no AS s_line, t.file_id AS t_file,
					           t.line_no AS t_line, s.school_key AS s_school, t.school_key AS t_school, s.destination AS s_dest,
					           t.destination AS t_dest, s.industry AS s_ind, t.industry AS t_ind
					    FROM person_ledger s
					    JOIN person_ledger t ON t.batch_id = s.batch_id AND t.population = s.population
					         AND t.person_key = s.person_key AND t.system = 'tss' AND t.class = 'MATCHED_CONFLICT'
					    WHERE s.batch_id = :batch AND s.system = 'sms' AND s.class = 'MATCHED_CONFLICT')
					SELECT p.population, COALESCE(ss.id_masked, sg.id_masked) AS person,
					       array_to_string(p.conflicts, ',') AS differs, p.s_school AS sms_school, p.t_school AS tss_school,
					       CASE WHEN p.population = 'students'
					            THEN concat_ws(' ', ss.status, ss.status_changed, ss.gender, to_char(ss.birth_month, 'YYYY-MM'))
					            ELSE concat_ws(' ', p.s_dest, p.s_ind) END AS sms_value,
					       CASE WHEN p.population = 'students'
					            THEN concat_ws(' ', ts.status, ts.status_changed, ts.gender, to_char(ts.birth_month, 'YYYY-MM'))
					            ELSE concat_ws(' ', p.t_dest, p.t_ind) END AS tss_value,
					       sf.path || ':' || p.s_line AS sms_source, tf.path || ':' || p.t_line AS tss_source
					FROM pair p
					JOIN source_file sf ON sf.file_id = p.s_file
					JOIN source_file tf ON tf.file_id = p.t_file
					LEFT JOIN stg_sms_student ss ON p.population = 'students' AND ss.batch_id = :batch AND ss.file_id = p.s_file
					     AND ss.line_no = p.s_line
					LEFT JOIN stg_tss_student ts ON p.population = 'students' AND ts.batch_id = :batch AND ts.file_id = p.t_file
					     AND ts.line_no = p.t_line
					LEFT JOIN stg_sms_graduate sg ON p.population = 'graduates' AND sg.batch_id = :batch AND sg.file_id = p.s_file
					     AND sg.line_no = p.s_line
					ORDER BY p.population DESC, p.s_school, p.s_line""")
			.param("batch", batchId)
			.query(Conflict.class)
			.list();
	}

	/**
	 * The counting rule applied to the batch: persons in school, new entrants, graduates.
	 */
	public CountedPersons counted(long batchId) {
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM enrolment_person WHERE batch_id = :batch AND in_school) AS in_school,
				       (SELECT count(*) FROM enrolment_person WHERE batch_id = :batch AND new_entrant) AS new_entrants,
				       (SELECT count(*) FROM graduate_person WHERE batch_id = :batch) AS graduates""")
			.param("batch", batchId)
			.query(CountedPersons.class)
			.single();
	}

}
