-- The graduates' table of a batch's ledger (PersonLedger): every sms and tss graduate record of batch :batch in
-- exactly one class, tss's vocabularies mapped to sms's, so that a graduate's destination means the same whichever
-- system reports it. CREATE TABLE AS, each column cast to the ledger's type, as the students' table.
CREATE TABLE ${table} AS
WITH rec AS (
    SELECT 'sms'::text AS system, g.file_id, g.line_no, g.id_kind, g.id_hash, m.school_key,
           COALESCE(m.technical, false) AS technical, g.destination, g.employment_industry AS industry,
           g.graduation_month AS graduated, g.line_sha256, g.id_masked AS masked
    FROM stg_sms_graduate g
    LEFT JOIN school_master m ON m.batch_id = :batch AND m.sms_code = g.school_code
    WHERE g.batch_id = :batch
    UNION ALL
    SELECT 'tss', g.file_id, g.line_no, g.id_kind, g.id_hash, m.school_key, true,
           CASE g.destination WHEN '参军' THEN '参军入伍' WHEN '出国' THEN '出国出境' WHEN '其他' THEN '其他落实'
                              WHEN '待就业' THEN '未落实' ELSE g.destination END,
           CASE g.employment_industry WHEN '一产' THEN '第一产业' WHEN '二产' THEN '第二产业'
                                      WHEN '三产' THEN '第三产业' END,
           g.graduation_date, g.line_sha256, g.id_masked
    FROM stg_tss_graduate g
    LEFT JOIN school_master m ON m.batch_id = :batch AND m.tss_code = g.school_code
    WHERE g.batch_id = :batch),
ranked AS (
    SELECT rec.*, id_kind IN ('VALID', 'UPGRADED_LEGACY') AS matchable,
           row_number() OVER (PARTITION BY id_hash, system ORDER BY graduated DESC, file_id, line_no) AS rank
    FROM rec),
own AS (SELECT system, id_hash, school_key, destination, industry FROM ranked WHERE rank = 1 AND matchable)
SELECT :batch::bigint AS batch_id, 'graduates'::text AS population, r.system::text AS system,
       r.file_id::bigint AS file_id, r.line_no::bigint AS line_no,
       (CASE WHEN r.matchable THEN r.id_hash ELSE r.system || ':' || r.id_hash END)::text COLLATE "C" AS person_key,
       r.school_key::text AS school_key,
       (${class})::text AS class,
       c.conflicts::text[] AS conflicts, NULL::boolean AS open_at_snapshot, NULL::boolean AS entered_in_year,
       r.destination::text AS destination, r.industry::text AS industry, r.line_sha256::bytea AS line_sha256,
       r.masked::text AS masked, NULL::char(6) AS major_code
FROM ranked r
LEFT JOIN own o ON r.rank = 1 AND r.matchable AND o.id_hash = r.id_hash AND o.system <> r.system
CROSS JOIN LATERAL (SELECT CASE WHEN o.id_hash IS NULL THEN '{}'::text[] ELSE array_remove(ARRAY[
        CASE WHEN r.school_key IS DISTINCT FROM o.school_key THEN 'school' END,
        CASE WHEN r.destination IS DISTINCT FROM o.destination
               OR r.industry IS DISTINCT FROM o.industry THEN 'destination' END], NULL) END AS conflicts) c
