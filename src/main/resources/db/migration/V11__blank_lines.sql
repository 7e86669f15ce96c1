-- Blank and whitespace-only lines are read and accounted for, never rows: a file's ingest reads
-- rows_read = rows_loaded + rows_quarantined + rows_blank, and its data rows (what check-batch and a manifest count)
-- are rows_read - rows_blank. NULL in step_audit for steps that read no file and for audits written before V11;
-- a checkpoint written before V11 counted no blank line.
ALTER TABLE step_audit ADD COLUMN rows_blank BIGINT;
ALTER TABLE ingest_checkpoint ADD COLUMN rows_blank BIGINT NOT NULL DEFAULT 0;
