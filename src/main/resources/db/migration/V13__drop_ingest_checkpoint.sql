-- Ingest steps are chunk-oriented (issue 18): where a file's load stands (byte offset, next line, rows read, blank,
-- warned) is kept in the step's execution context (batch_step_execution_context), written in the transaction of each
-- chunk as the checkpoint was. A file stopped mid-load before this upgrade has its position here only: resumed without
-- it, it would be read again from its first line on top of its committed rows. Such a load is finished (or its batch
-- abandoned) with the version that began it; this migration refuses to run until then.
DO $check$
DECLARE
	unfinished text;
BEGIN
	SELECT string_agg(f.path || ' (batch ' || f.batch_id || ')', ', ' ORDER BY f.file_id) INTO unfinished
	FROM ingest_checkpoint c JOIN source_file f USING (file_id)
	WHERE NOT EXISTS (SELECT 1 FROM step_audit a WHERE a.file_id = c.file_id AND a.status = 'COMPLETED');
	IF unfinished IS NOT NULL THEN
		RAISE EXCEPTION 'a load stopped mid-file before this upgrade: %; finish it with the previous vocstat version '
			'(vocstat restart), then upgrade', unfinished;
	END IF;
END
$check$;
DROP TABLE ingest_checkpoint;
