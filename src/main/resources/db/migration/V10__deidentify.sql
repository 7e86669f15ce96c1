-- De-identification that holds as a whole (issue 24).
--
-- A masked ID used to keep the area code and the last four characters (330402********123X), hiding exactly the
-- eight digits of the birth date, which stg_sms_student.birth_date kept beside it: the two together gave the ID
-- back. Now a masked ID keeps the 6-digit area code only (330402************), a student number its letter too, and
-- sms students keep their birth month, as tss students and teachers already did. What is stored then leaves every
-- person at least 1,000 candidate IDs (docs/personal-data.md). The keyed hashes stay, so persons still match.
--
-- Every ordinary table of the schema is rewritten where it holds one of these columns: the attached partitions, and
-- the detached stg_…_b<batch> tables a load that stopped mid-file leaves, which ALTER TABLE on the parent does not
-- reach. A stored old-style mask has lost the sixth character of a student number's area (G33040*********123X), so
-- it becomes G33040************* rather than the form a new load writes; it shows less, never more.

-- No view of vocstat reads stg_sms_student.birth_date (the facts read the ledger); a deployment's own view keeps
-- working through the rename, since a view refers to a column by position, not by name.
ALTER TABLE stg_sms_student RENAME COLUMN birth_date TO birth_month;

DO $$
DECLARE
    t RECORD;
    sets TEXT[];
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c
             WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND NOT c.relispartition
               AND c.relname ~ '^stg_sms_student_b[0-9]+$'
               AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'birth_date'
                           AND NOT a.attisdropped) LOOP
        EXECUTE format('ALTER TABLE %I RENAME COLUMN birth_date TO birth_month', t.relname);
    END LOOP;
    -- One UPDATE a table, so each row is written once.
    FOR t IN SELECT c.relname, array_agg(a.attname::text) AS columns FROM pg_class c
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
               AND (a.attname IN ('id_masked', 'student_no_masked')
                    OR (a.attname = 'masked' AND c.relname ~ '^person_ledger')
                    OR (a.attname = 'birth_month' AND c.relname ~ '^stg_sms_student'))
             GROUP BY c.relname LOOP
        sets := ARRAY(
            SELECT CASE WHEN col = 'birth_month' THEN 'birth_month = date_trunc(''month'', birth_month)::date'
                        WHEN col = 'masked' THEN
                            -- the ledger's masked keys: the ID and (students) the student number, space-separated
                            'masked = (SELECT string_agg(CASE WHEN length(k) > 10 THEN left(k, 6) || repeat(''*'', length(k) - 6)'
                            || ' ELSE k END, '' '' ORDER BY n) FROM unnest(string_to_array(masked, '' '')) WITH ORDINALITY AS x(k, n))'
                        ELSE format('%1$I = CASE WHEN length(%1$I) > 10 THEN left(%1$I, 6) || repeat(''*'', length(%1$I) - 6)'
                                    ' ELSE %1$I END', col) END
            FROM unnest(t.columns) AS col);
        EXECUTE format('UPDATE %I SET %s', t.relname, array_to_string(sets, ', '));
    END LOOP;
END $$;

-- Free text that may quote a masked value: quarantined rows and their messages, and the messages of steps. Every
-- old-style mask (six characters, stars, four characters) loses its last four.
CREATE FUNCTION pg_temp.v10_remask(v TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    m TEXT[];
BEGIN
    LOOP
        m := regexp_match(v, '(?<![0-9A-Za-z*])([0-9A-Za-z]{6})([*]+)([0-9A-Za-z]{4})(?![0-9A-Za-z*])');
        EXIT WHEN m IS NULL;
        v := regexp_replace(v, '(?<![0-9A-Za-z*])' || m[1] || '[*]{' || length(m[2]) || '}' || m[3] || '(?![0-9A-Za-z*])',
                            m[1] || repeat('*', length(m[2]) + 4));
    END LOOP;
    RETURN v;
END $$;

-- A duplicate moved to quarantine is stored as its staged row in JSON: its birth date becomes its month, as the
-- staged column did.
UPDATE quarantine q
SET masked_row = (q.masked_row::jsonb - 'birth_date'
                  || jsonb_build_object('birth_month', date_trunc('month', (q.masked_row::jsonb ->> 'birth_date')::date)::date))::text
WHERE q.rules = ARRAY['DUPLICATE_KEY'] AND CASE WHEN q.masked_row LIKE '{%' THEN q.masked_row::jsonb ? 'birth_date' END;

-- Any other quarantined sms student row showed its birth date as written; which field holds it is not known for a
-- shifted row, so every date of such a row shows its month only, as QuarantineMasking now shows a shifted row.
UPDATE quarantine q
SET masked_row = regexp_replace(q.masked_row, '(?<![0-9])([12][0-9]{3})([-/]?)([0-9]{2})\2[0-9]{2}(?![0-9])', '\1\2\3\2**', 'g')
FROM source_file f
WHERE f.file_id = q.file_id AND f.kind = 'sms.students' AND q.rules <> ARRAY['DUPLICATE_KEY'];

UPDATE quarantine SET masked_row = pg_temp.v10_remask(masked_row), message = pg_temp.v10_remask(message)
WHERE masked_row LIKE '%*%' OR message LIKE '%*%';
UPDATE step_audit SET message = pg_temp.v10_remask(message) WHERE message LIKE '%*%';
UPDATE batch_step_execution SET exit_message = pg_temp.v10_remask(exit_message) WHERE exit_message LIKE '%*%';
UPDATE batch_job_execution SET exit_message = pg_temp.v10_remask(exit_message) WHERE exit_message LIKE '%*%';

DROP FUNCTION pg_temp.v10_remask(TEXT);
