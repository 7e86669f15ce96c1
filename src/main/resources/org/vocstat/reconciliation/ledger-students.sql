-- The students' table of a batch's ledger (PersonLedger): every sms and tss student record of batch :batch in
-- exactly one class. Status at the statistics date :snapshot: entered on or before it and not closed on or before
-- it; a leaving status without a change date is taken as closed (the registry recorded the leaving but not when).
-- Entered in the year: entry between :yearStarts and :yearEnds.
-- CREATE TABLE AS, which PostgreSQL may run with parallel workers for the staging scans and the sort (INSERT …
-- SELECT never is); each column is cast to the ledger's type. The ranking window partitions by id_hash first: its
-- sort then compares the hash's leading bytes (an abbreviated key) instead of tying on the system, and its order
-- also serves the join on id_hash that follows.
CREATE TABLE ${table} AS
WITH rec AS (
    SELECT 'sms'::text AS system, s.file_id, s.line_no, s.id_kind, s.id_hash, m.school_key,
           COALESCE(m.technical, false) AS technical, s.gender,
           s.birth_month, s.entry_month AS entry,
           s.entry_month <= :snapshot::date AND NOT (s.status IN ('转出', '退学', '毕业', '结业', '注销')
               AND COALESCE(s.status_changed, s.entry_month) <= :snapshot::date) AS open,
           s.entry_month BETWEEN :yearStarts::date AND :yearEnds::date AS entered,
           s.line_sha256, s.id_masked || ' ' || s.student_no_masked AS masked, s.major_code
    FROM stg_sms_student s
    LEFT JOIN school_master m ON m.batch_id = :batch AND m.sms_code = s.school_code
    WHERE s.batch_id = :batch
    UNION ALL
    SELECT 'tss', t.file_id, t.line_no, t.id_kind, t.id_hash, m.school_key, true, t.gender, t.birth_month,
           t.entry_date,
           t.entry_date <= :snapshot::date AND NOT (t.status IN ('转学', '退学', '毕业', '结业')
               AND COALESCE(t.status_changed, t.entry_date) <= :snapshot::date),
           t.entry_date BETWEEN :yearStarts::date AND :yearEnds::date,
           t.line_sha256, t.id_masked || ' ' || t.student_no_masked, NULL::char(6)
    FROM stg_tss_student t
    LEFT JOIN school_master m ON m.batch_id = :batch AND m.tss_code = t.school_code
    WHERE t.batch_id = :batch),
ranked AS (
    SELECT rec.*, id_kind IN ('VALID', 'UPGRADED_LEGACY') AS matchable,
           row_number() OVER (PARTITION BY id_hash, system ORDER BY open DESC, entry DESC, file_id, line_no) AS rank
    FROM rec),
own AS (SELECT system, id_hash, school_key, open, birth_month, gender FROM ranked WHERE rank = 1 AND matchable)
SELECT :batch::bigint AS batch_id, 'students'::text AS population, r.system::text AS system,
       r.file_id::bigint AS file_id, r.line_no::bigint AS line_no,
       (CASE WHEN r.matchable THEN r.id_hash ELSE r.system || ':' || r.id_hash END)::text COLLATE "C" AS person_key,
       r.school_key::text AS school_key,
       (${class})::text AS class,
       c.conflicts::text[] AS conflicts, r.open AS open_at_snapshot, r.entered AS entered_in_year,
       NULL::text AS destination, NULL::text AS industry, r.line_sha256::bytea AS line_sha256,
       r.masked::text AS masked, r.major_code::char(6) AS major_code
FROM ranked r
LEFT JOIN own o ON r.rank = 1 AND r.matchable AND o.id_hash = r.id_hash AND o.system <> r.system
CROSS JOIN LATERAL (SELECT CASE WHEN o.id_hash IS NULL THEN '{}'::text[] ELSE array_remove(ARRAY[
        CASE WHEN r.school_key IS DISTINCT FROM o.school_key THEN 'school' END,
        CASE WHEN r.open <> o.open THEN 'status' END,
        CASE WHEN r.birth_month <> o.birth_month THEN 'birth' END,
        CASE WHEN r.gender <> o.gender THEN 'gender' END], NULL) END AS conflicts) c
