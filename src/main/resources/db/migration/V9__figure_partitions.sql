-- Figures partitioned by batch (issue 6), as the person ledger (V7) and staging (V8) are.
--
-- A national batch has about a million figures. Inserted into one table that holds every batch's, each row went
-- through the primary key, two foreign-key triggers and the WAL: 9.2 s at the end of the national indicators step.
-- A batch's figures now go into a table of their own with no index (FigureStore.replaceBatch), whose key is built
-- once from sorted rows and whose foreign key is checked by one scan when it is attached: 4.2 s for the same rows.
-- It also keeps the key of a warehouse that holds many batches from growing with each one, and lets a superseded
-- batch's figures go as a partition instead of a DELETE of a million rows.
--
-- The table is recreated partitioned, each batch that has figures getting its partition, with its table grants (a
-- deployment may have granted its reporting role SELECT on figure); column grants and row security policies, which
-- vocstat does not use, are not carried over.

-- A view over figure (none of vocstat's; a deployment's own) would follow the old table and stop it being dropped:
-- the upgrade stops first, naming them, rather than half way.
DO $$
DECLARE
    views TEXT;
BEGIN
    SELECT string_agg(DISTINCT r.ev_class::regclass::text, ', ') INTO views
    FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
    WHERE d.classid = 'pg_rewrite'::regclass AND d.refobjid = 'figure'::regclass AND r.ev_class <> 'figure'::regclass;
    IF views IS NOT NULL THEN
        RAISE EXCEPTION 'V9 recreates the table figure partitioned by batch, and the views % read it: drop them, upgrade, then create them again', views;
    END IF;
END $$;

ALTER TABLE figure RENAME TO figure_v8;
ALTER TABLE figure_v8 RENAME CONSTRAINT figure_pkey TO figure_v8_pkey;

-- A computed figure: value (rounded once, HALF_UP, to the definition's precision) and the unrounded value, the
-- numerator and denominator, the batches it came from, and the digest of its contributing rows.
CREATE TABLE figure (
    batch_id          BIGINT      NOT NULL REFERENCES batch (batch_id),
    indicator         TEXT        NOT NULL,
    scope             TEXT        NOT NULL,  -- city:330400, county:330421, school:3633000312
    period            TEXT        NOT NULL,  -- AY2022, CY2023
    value             NUMERIC     NOT NULL,
    unrounded         NUMERIC     NOT NULL,
    numerator         NUMERIC,
    denominator       NUMERIC,
    previous_batch_id BIGINT REFERENCES batch (batch_id),  -- for a change against the previous period
    rows              BIGINT      NOT NULL,  -- contributing source rows (numerator and denominator)
    digest            CHAR(64)    NOT NULL,
    computed_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (batch_id, indicator, scope, period)
) PARTITION BY LIST (batch_id);

DO $$
DECLARE
    g RECORD;
    b BIGINT;
BEGIN
    FOR g IN SELECT a.privilege_type, a.grantee, a.is_grantable
             FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
             WHERE c.oid = 'figure_v8'::regclass AND a.grantee <> c.relowner LOOP
        EXECUTE format('GRANT %s ON figure TO %s %s', g.privilege_type,
                       CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE g.grantee::regrole::text END,
                       CASE WHEN g.is_grantable THEN 'WITH GRANT OPTION' ELSE '' END);
    END LOOP;
    FOR b IN SELECT DISTINCT batch_id FROM figure_v8 LOOP
        EXECUTE format('CREATE TABLE figure_b%s PARTITION OF figure FOR VALUES IN (%s)', b, b);
    END LOOP;
END $$;

INSERT INTO figure (batch_id, indicator, scope, period, value, unrounded, numerator, denominator, previous_batch_id,
                    rows, digest, computed_at)
SELECT batch_id, indicator, scope, period, value, unrounded, numerator, denominator, previous_batch_id, rows, digest,
       computed_at
FROM figure_v8;
DROP TABLE figure_v8;
