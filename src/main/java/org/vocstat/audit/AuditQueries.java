package org.vocstat.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read side of the audit trail: runs, their steps with counts, and the quarantine of a
 * run's batch.
 */
@Repository
public class AuditQueries {

	private final JdbcClient jdbc;

	AuditQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The most recent runs first, with their batch: the one registered for a load, the
	 * one named by a recompute's digest, or for a run refused before registering one, the
	 * region, year and folder it was started with.
	 */
	public List<RunSummary> runs(int limit) {
		return jdbc.sql("""
				SELECT e.job_execution_id, i.job_name, b.batch_id,
				       coalesce(b.region, p.region), coalesce(b.academic_year, p.academic_year::int),
				       coalesce(p.folder, b.source_path), e.status, e.exit_code,
				       e.start_time, e.end_time,
				       concat_ws(E'\n', nullif(e.exit_message, ''),
				                 (SELECT string_agg(s.exit_message, E'\n' ORDER BY s.step_execution_id)
				                  FROM batch_step_execution s
				                  WHERE s.job_execution_id = e.job_execution_id AND s.exit_message <> ''
				                    AND s.status IN ('FAILED', 'STOPPED')))
				FROM batch_job_execution e
				JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
				LEFT JOIN LATERAL (
				    SELECT max(parameter_value) FILTER (WHERE parameter_name = 'region') AS region,
				           max(parameter_value) FILTER (WHERE parameter_name = 'academicYear') AS academic_year,
				           max(parameter_value) FILTER (WHERE parameter_name = 'folder') AS folder,
				           max(parameter_value) FILTER (WHERE parameter_name = 'digest') AS digest
				    FROM batch_job_execution_params WHERE job_execution_id = e.job_execution_id) p ON true
				LEFT JOIN batch b ON b.job_instance_id = i.job_instance_id
				                  OR (i.job_name <> 'load' AND b.digest = p.digest)
				ORDER BY e.job_execution_id DESC
				LIMIT :limit""")
			.param("limit", limit)
			.query((rs, n) -> new RunSummary(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4),
					(Integer) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toLocalDateTime(),
					rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toLocalDateTime(), rs.getString(11)))
			.list();
	}

	public Optional<RunSummary> run(long run) {
		return runs(Integer.MAX_VALUE).stream().filter(r -> r.run() == run).findFirst();
	}

	/** The audited steps of a run, in the order they ran. */
	public List<StepLine> steps(long run) {
		return jdbc.sql("""
				SELECT a.job_execution_id AS run, a.step_name AS step, f.path AS file, f.sha256, a.rows_read AS read,
				       a.rows_loaded AS loaded, a.rows_quarantined AS quarantined, a.rows_blank AS blank,
				       a.rows_warned AS warned,
				       round(extract(epoch FROM a.ended_at - a.started_at)::numeric, 1) AS seconds, a.status, a.message
				FROM step_audit a LEFT JOIN source_file f ON f.file_id = a.file_id
				WHERE a.job_execution_id = :run
				ORDER BY a.step_execution_id""").param("run", run).query(StepLine.class).list();
	}

	/**
	 * The steps of a run that began and have not ended: running now, or in progress when
	 * the run's process was killed (their audit row is written only when they end).
	 */
	public List<StepLine> stepsInProgress(long run) {
		return jdbc.sql("""
				SELECT s.job_execution_id AS run, s.step_name AS step, NULL AS file, NULL AS sha256, NULL AS read,
				       NULL AS loaded, NULL AS quarantined, NULL AS blank, NULL AS warned,
				       round(extract(epoch FROM localtimestamp - s.start_time)::numeric, 1) AS seconds, s.status,
				       'in progress since ' || to_char(s.start_time, 'YYYY-MM-DD HH24:MI:SS') AS message
				FROM batch_step_execution s
				WHERE s.job_execution_id = :run AND s.end_time IS NULL
				  AND s.status IN ('STARTING', 'STARTED', 'STOPPING')
				  AND NOT EXISTS (SELECT 1 FROM step_audit a WHERE a.step_execution_id = s.step_execution_id)
				ORDER BY s.step_execution_id""").param("run", run).query(StepLine.class).list();
	}

	/** Quarantined rows of the batch a run loaded, in file and line order. */
	public List<QuarantinedRow> quarantine(long batchId) {
		return jdbc.sql("""
				SELECT f.path AS file, q.line_no AS line, encode(q.line_sha256, 'hex') AS line_sha256,
				       array_to_string(q.rules, ';') AS rules, q.message, q.masked_row
				FROM quarantine q JOIN source_file f ON f.file_id = q.file_id
				WHERE q.batch_id = :batch
				ORDER BY q.file_id, q.line_no""").param("batch", batchId).query(QuarantinedRow.class).list();
	}

	/**
	 * One page of the batch's quarantined rows in file and line order, of one file and
	 * one rule when given (null for all): the database pages them, so a batch with
	 * millions of quarantined rows is never read whole. The primary key (file, line)
	 * serves the order.
	 */
	public List<QuarantinedRow> quarantine(long batchId, String file, String rule, long offset, int limit) {
		return jdbc.sql("""
				SELECT f.path AS file, q.line_no AS line, encode(q.line_sha256, 'hex') AS line_sha256,
				       array_to_string(q.rules, ';') AS rules, q.message, q.masked_row
				FROM quarantine q JOIN source_file f ON f.file_id = q.file_id
				WHERE q.batch_id = :batch AND (:file::text IS NULL OR f.path = :file)
				  AND (:rule::text IS NULL OR :rule = ANY (q.rules))
				ORDER BY q.file_id, q.line_no
				LIMIT :limit OFFSET :offset""")
			.param("batch", batchId)
			.param("file", file)
			.param("rule", rule)
			.param("limit", limit)
			.param("offset", offset)
			.query(QuarantinedRow.class)
			.list();
	}

	/** How many quarantined rows of the batch, of one file and one rule when given. */
	public long quarantineCount(long batchId, String file, String rule) {
		return jdbc.sql("""
				SELECT count(*) FROM quarantine q JOIN source_file f ON f.file_id = q.file_id
				WHERE q.batch_id = :batch AND (:file::text IS NULL OR f.path = :file)
				  AND (:rule::text IS NULL OR :rule = ANY (q.rules))""")
			.param("batch", batchId)
			.param("file", file)
			.param("rule", rule)
			.query(Long.class)
			.single();
	}

	/** Quarantined rows per file and rule, most frequent first. */
	public List<ReasonCount> reasons(long batchId) {
		return jdbc.sql("""
				SELECT f.path AS file, r.rule, count(*) AS rows
				FROM quarantine q JOIN source_file f ON f.file_id = q.file_id, unnest(q.rules) AS r(rule)
				WHERE q.batch_id = :batch
				GROUP BY f.path, r.rule
				ORDER BY count(*) DESC, f.path, r.rule""").param("batch", batchId).query(ReasonCount.class).list();
	}

	/** The batch a run worked on, if it got as far as registering one. */
	public Optional<Long> batchOf(long run) {
		return jdbc.sql("""
				SELECT b.batch_id FROM batch b
				JOIN batch_job_execution e ON e.job_instance_id = b.job_instance_id
				WHERE e.job_execution_id = :run""").param("run", run).query(Long.class).optional();
	}

	/**
	 * Rows staged per batch as its ingest steps recorded them: per file, the rows loaded
	 * of its latest completed ingest (a restart records the file's totals), summed. The
	 * same number a count of the batch's staging partitions gives, since the load's last
	 * step holds every file to it (read = loaded + quarantined + blank), without reading
	 * millions of rows; a file whose ingest has not completed counts nothing.
	 */
	public Map<Long, Long> rowsLoadedByBatch() {
		Map<Long, Long> rows = new HashMap<>();
		jdbc.sql("""
				SELECT f.batch_id, sum(a.rows_loaded)
				FROM source_file f
				JOIN LATERAL (SELECT rows_loaded FROM step_audit a
				              WHERE a.file_id = f.file_id AND a.status = 'COMPLETED' AND a.rows_loaded IS NOT NULL
				              ORDER BY a.step_execution_id DESC LIMIT 1) a ON true
				GROUP BY f.batch_id""").query((rs, n) -> rows.put(rs.getLong(1), rs.getLong(2))).list();
		return rows;
	}

}
