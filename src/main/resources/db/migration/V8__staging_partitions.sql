-- Staging partitioned by batch (issue 6), as the person ledger is since V7.
--
-- A nightly deployment stages a new batch every time the exports change, so the staging tables grow by a whole
-- province's records per batch. Unpartitioned and without an index on batch_id, every per-batch read (the ledger's
-- scans, the conservation counts, the school references of the next file) read every batch ever loaded. Partitioned
-- by batch, each of those reads one partition.
--
-- The ingest writes a file's rows into a table of their own with no index and attaches it when the file is done
-- (StagingStore): the primary key is then built once from sorted rows instead of maintained row by row, which at
-- 724,653 sms students is 1.9 s instead of 2.3 s of COPY. The key leads with (file_id, line_no), the lineage
-- address every trace looks up; batch_id completes it because a partitioned table's key must hold its partition key.
--
-- The staging tables are recreated partitioned, each batch already loaded getting its own partition, and the views
-- over them are recreated from their own definitions (read from the catalogue before they are dropped, so they are
-- not restated here). Measured: 9.5 million staged rows (3.8 GB, six province batches) took 43 s.

CREATE TEMPORARY TABLE v8_staging (name) AS VALUES
    ('stg_sms_school'), ('stg_sms_student'), ('stg_sms_graduate'),
    ('stg_tss_school'), ('stg_tss_student'), ('stg_tss_graduate'),
    ('stg_qrp_school'), ('stg_qrp_conditions'), ('stg_qrp_teacher'), ('stg_qrp_satisfaction'), ('stg_qrp_followup'),
    ('stg_qrp_training'), ('stg_qrp_award'), ('stg_qrp_exam'), ('stg_qrp_funding'), ('stg_qrp_region');

-- Every view that reads a staging table, with its definition, options, comment and grants (a deployment may have
-- granted its reporting role SELECT on the fact views). None of them is read by another view: a view over these
-- would have to be recreated after them, and the DROP below refuses rather than lose it.
CREATE TEMPORARY TABLE v8_views AS
SELECT DISTINCT v.oid::regclass::text AS name, pg_get_viewdef(v.oid) AS definition, v.reloptions AS options,
       obj_description(v.oid, 'pg_class') AS description, v.relacl AS acl
FROM pg_depend d
JOIN pg_rewrite r ON r.oid = d.objid
JOIN pg_class v ON v.oid = r.ev_class
WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass AND v.relkind = 'v'
  AND d.refobjid IN (SELECT to_regclass(name) FROM v8_staging) AND v.oid <> d.refobjid;

DO $$
DECLARE
    v RECORD;
    g RECORD;
    view_name TEXT;
    staging TEXT;
    b BIGINT;
BEGIN
    FOR view_name IN SELECT name FROM v8_views LOOP
        EXECUTE format('DROP VIEW %s', view_name);
    END LOOP;
    FOR staging IN SELECT name FROM v8_staging LOOP
        EXECUTE format('ALTER TABLE %I RENAME TO %I', staging, staging || '_v7');
        EXECUTE format('ALTER INDEX %I RENAME TO %I', staging || '_pkey', staging || '_v7_pkey');
        EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE'
                       ' INCLUDING COMMENTS, PRIMARY KEY (file_id, line_no, batch_id)) PARTITION BY LIST (batch_id)',
                       staging, staging || '_v7');
        FOR b IN EXECUTE format('SELECT DISTINCT batch_id FROM %I', staging || '_v7') LOOP
            EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (%s)', staging || '_b' || b, staging, b);
            -- The CHECK a partition the ingest attaches carries (StagingStore), so every partition looks the same.
            EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (batch_id = %s)', staging || '_b' || b,
                           staging || '_b' || b || '_batch', b);
        END LOOP;
        EXECUTE format('INSERT INTO %I SELECT * FROM %I', staging, staging || '_v7');
        -- Statistics now, as the ingest takes them for the partitions it fills: without them the planner guesses
        -- the next recomputation's plans (measured: the ledger 7.5 s instead of 6.9 s for a province batch).
        FOR b IN EXECUTE format('SELECT DISTINCT batch_id FROM %I', staging || '_v7') LOOP
            EXECUTE format('ANALYZE %I', staging || '_b' || b);
        END LOOP;
        EXECUTE format('DROP TABLE %I', staging || '_v7');
    END LOOP;
    FOR v IN SELECT * FROM v8_views LOOP
        -- pg_get_viewdef ends the query with a semicolon; options hold security_barrier and check_option.
        EXECUTE format('CREATE VIEW %s %s AS %s', v.name,
                       CASE WHEN v.options IS NULL THEN '' ELSE 'WITH (' || array_to_string(v.options, ', ') || ')' END,
                       rtrim(v.definition, ';'));
        IF v.description IS NOT NULL THEN
            EXECUTE format('COMMENT ON VIEW %s IS %L', v.name, v.description);
        END IF;
        FOR g IN SELECT * FROM aclexplode(v.acl) LOOP
            EXECUTE format('GRANT %s ON %s TO %s %s', g.privilege_type, v.name,
                           CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE g.grantee::regrole::text END,
                           CASE WHEN g.is_grantable THEN 'WITH GRANT OPTION' ELSE '' END);
        END LOOP;
    END LOOP;
END $$;

DROP TABLE v8_views;
DROP TABLE v8_staging;
