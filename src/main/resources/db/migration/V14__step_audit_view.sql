-- The step audit as a view over Spring Batch's own step executions (issue 18): their name, run, start, end and exit
-- status are Spring Batch's; step_rows holds what they lack, written by audit/StepAudit when a step ends: the batch and
-- file it worked on, its row counts (the file's totals across restarts) and the failure message as the operator reads
-- it (one line, personal data masked; Spring Batch's exit_message holds the stack trace). Same columns as the table
-- it replaces, so every query of step_audit reads on unchanged.
CREATE TABLE step_rows (
    step_execution_id BIGINT PRIMARY KEY REFERENCES batch_step_execution (step_execution_id),
    batch_id          BIGINT REFERENCES batch (batch_id),
    file_id           BIGINT REFERENCES source_file (file_id),
    rows_read         BIGINT,
    rows_loaded       BIGINT,
    rows_quarantined  BIGINT,
    rows_warned       BIGINT,
    rows_blank        BIGINT,
    message           TEXT
);

INSERT INTO step_rows (step_execution_id, batch_id, file_id, rows_read, rows_loaded, rows_quarantined, rows_warned,
                       rows_blank, message)
SELECT a.step_execution_id, a.batch_id, a.file_id, a.rows_read, a.rows_loaded, a.rows_quarantined, a.rows_warned,
       a.rows_blank, a.message
FROM step_audit a
WHERE EXISTS (SELECT 1 FROM batch_step_execution s WHERE s.step_execution_id = a.step_execution_id);

DROP TABLE step_audit;

CREATE VIEW step_audit AS
SELECT s.step_execution_id, s.job_execution_id, r.batch_id, s.step_name::text AS step_name, r.file_id, r.rows_read,
       r.rows_loaded, r.rows_quarantined, r.rows_warned, r.rows_blank, s.start_time::timestamptz AS started_at,
       s.end_time::timestamptz AS ended_at, s.exit_code::text AS status, r.message
FROM batch_step_execution s JOIN step_rows r USING (step_execution_id);
