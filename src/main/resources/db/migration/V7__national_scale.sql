-- National scale (issue 6): joins and sorts that stay linear at 18 million students.
--
-- The person ledger becomes a table partitioned by batch, and hashes compare byte by byte.
-- A batch's ledger is built as a table of its own and attached as a partition (PersonLedger): its rows are written
-- without index maintenance or per-row foreign-key triggers (the primary key is built and the reference to batch
-- checked once, at ATTACH), and on a server with wal_level = minimal (the embedded one) without WAL, since the
-- table is new in that transaction. Replacing a batch's ledger drops one partition instead of deleting a million
-- rows.
--
-- Hash keys are hex text: ordering them through the database locale (strcoll) buys nothing and costs about twice
-- the time of every sort, window and index on them, so they use the "C" collation. Equality is unchanged.

-- Each ledger row also carries its record's line hash, masked keys and (sms students) major, so the enrolment and
-- graduate facts read the ledger alone instead of joining it back to millions of staging rows. The views over the
-- ledger are recreated on the new table: the fact views keep their columns and meaning; graduate_person gains the
-- chosen record's school and lineage.
DROP VIEW fact_major_site;
DROP VIEW fact_enrolment;
DROP VIEW fact_graduate;
DROP VIEW graduate_person;
DROP VIEW enrolment_person;

ALTER TABLE person_ledger RENAME TO person_ledger_v6;
ALTER INDEX person_ledger_pkey RENAME TO person_ledger_v6_pkey;

CREATE TABLE person_ledger (
    batch_id         BIGINT  NOT NULL REFERENCES batch (batch_id),
    population       TEXT    NOT NULL CHECK (population IN ('students', 'graduates')),
    system           TEXT    NOT NULL CHECK (system IN ('sms', 'tss')),
    file_id          BIGINT  NOT NULL,
    line_no          BIGINT  NOT NULL,
    person_key       TEXT    COLLATE "C" NOT NULL,  -- keyed ID hash; for a temporary or non-resident document, system:hash
    school_key       TEXT,
    class            TEXT    NOT NULL CHECK (class IN ('MATCHED', 'MATCHED_CONFLICT', 'TSS_ONLY', 'SMS_ONLY_TECHNICAL',
                                                       'SMS_ONLY', 'DUPLICATE', 'UNMATCHABLE')),
    conflicts        TEXT[]  NOT NULL DEFAULT '{}',  -- what differs from the other system: school, status, birth, gender, destination
    open_at_snapshot BOOLEAN,  -- students: the record was open at the statistics date
    entered_in_year  BOOLEAN,  -- students: entry inside the academic year
    destination      TEXT,     -- graduates: 毕业去向 in sms vocabulary
    industry         TEXT,     -- graduates: 就业产业 as 第一产业/第二产业/第三产业
    line_sha256      BYTEA   NOT NULL,  -- the staged record's lineage: its line hash,
    masked           TEXT,              -- its masked keys (students: ID and student number; graduates: ID),
    major_code       CHAR(6),           -- and, for sms students, its 专业代码
    PRIMARY KEY (batch_id, file_id, line_no)
) PARTITION BY LIST (batch_id);
-- No index on person_key: every reader takes a batch at a time (hash joins, in-memory sorts), and each index is
-- built again for every batch loaded.

DO $$
DECLARE
    b BIGINT;
BEGIN
    FOR b IN SELECT DISTINCT batch_id FROM person_ledger_v6 LOOP
        EXECUTE format('CREATE TABLE person_ledger_b%s PARTITION OF person_ledger FOR VALUES IN (%s)', b, b);
    END LOOP;
END $$;
INSERT INTO person_ledger (batch_id, population, system, file_id, line_no, person_key, school_key, class, conflicts,
                           open_at_snapshot, entered_in_year, destination, industry, line_sha256, masked, major_code)
SELECT l.batch_id, l.population, l.system, l.file_id, l.line_no, l.person_key, l.school_key, l.class, l.conflicts,
       l.open_at_snapshot, l.entered_in_year, l.destination, l.industry,
       COALESCE(ss.line_sha256, ts.line_sha256, sg.line_sha256, tg.line_sha256),
       CASE l.population WHEN 'students' THEN COALESCE(ss.id_masked, ts.id_masked) || ' '
                                              || COALESCE(ss.student_no_masked, ts.student_no_masked)
                         ELSE COALESCE(sg.id_masked, tg.id_masked) END,
       ss.major_code
FROM person_ledger_v6 l
LEFT JOIN stg_sms_student ss ON l.population = 'students' AND ss.file_id = l.file_id AND ss.line_no = l.line_no
LEFT JOIN stg_tss_student ts ON l.population = 'students' AND ts.file_id = l.file_id AND ts.line_no = l.line_no
LEFT JOIN stg_sms_graduate sg ON l.population = 'graduates' AND sg.file_id = l.file_id AND sg.line_no = l.line_no
LEFT JOIN stg_tss_graduate tg ON l.population = 'graduates' AND tg.file_id = l.file_id AND tg.line_no = l.line_no;
DROP TABLE person_ledger_v6;

ALTER TABLE stg_sms_student ALTER COLUMN student_no_hash TYPE CHAR(64) COLLATE "C",
                            ALTER COLUMN id_hash TYPE CHAR(64) COLLATE "C";
ALTER TABLE stg_sms_graduate ALTER COLUMN student_no_hash TYPE CHAR(64) COLLATE "C",
                             ALTER COLUMN id_hash TYPE CHAR(64) COLLATE "C";
ALTER TABLE stg_tss_student ALTER COLUMN student_no_hash TYPE CHAR(64) COLLATE "C",
                            ALTER COLUMN id_hash TYPE CHAR(64) COLLATE "C";
ALTER TABLE stg_tss_graduate ALTER COLUMN student_no_hash TYPE CHAR(64) COLLATE "C",
                             ALTER COLUMN id_hash TYPE CHAR(64) COLLATE "C";
ALTER TABLE stg_qrp_teacher ALTER COLUMN id_hash TYPE CHAR(64) COLLATE "C";

CREATE VIEW enrolment_person AS
SELECT batch_id, person_key, bool_or(open_at_snapshot) AS in_school, bool_or(entered_in_year) AS new_entrant
FROM person_ledger
WHERE population = 'students'
GROUP BY batch_id, person_key;

CREATE VIEW graduate_person AS
SELECT DISTINCT ON (batch_id, person_key) batch_id, person_key, destination, industry, system, file_id, line_no,
       school_key, line_sha256, masked
FROM person_ledger
WHERE population = 'graduates'
ORDER BY batch_id, person_key, (system = 'sms') DESC, (class = 'DUPLICATE'), file_id, line_no;

CREATE VIEW fact_enrolment AS
SELECT l.batch_id, l.school_key, m.admin_code, l.person_key AS unit, f.path AS source, f.sha256 AS file_sha256,
       l.line_no, l.line_sha256, l.masked, l.system, l.class, l.open_at_snapshot AS in_school,
       l.entered_in_year AS new_entrant, l.major_code, COALESCE(m.technical, false) AS technical
FROM person_ledger l
JOIN source_file f ON f.file_id = l.file_id
LEFT JOIN school_master m ON m.batch_id = l.batch_id AND m.school_key = l.school_key
WHERE l.population = 'students';

CREATE VIEW fact_major_site AS
SELECT e.batch_id, e.school_key, e.admin_code, e.school_key || '/' || e.major_code AS unit, e.source, e.file_sha256,
       e.line_no, e.line_sha256, e.masked, e.major_code, left(e.major_code, 4) AS class_code,
       left(e.major_code, 2) AS category_code, d.industry
FROM fact_enrolment e
JOIN dim_major d ON d.batch_id = e.batch_id AND d.major_code = e.major_code
WHERE e.system = 'sms' AND e.in_school AND NOT e.technical;

CREATE VIEW fact_graduate AS
SELECT g.batch_id, g.school_key, m.admin_code, g.person_key AS unit, f.path AS source, f.sha256 AS file_sha256,
       g.line_no, g.line_sha256, g.masked, g.destination, g.industry
FROM graduate_person g
JOIN source_file f ON f.file_id = g.file_id
LEFT JOIN school_master m ON m.batch_id = g.batch_id AND m.school_key = g.school_key;

-- qrp files name a school by 学校标识码 or by HRSS 院校代码. Joining on "code IN (school_key, tss_code)" can only
-- run as a nested loop, rows × schools: 10^10 comparisons for the national teacher file. Every school under each of
-- its codes gives the same rows through an equality (hash) join.
CREATE VIEW school_by_code AS
SELECT m.school_key AS code, m.*
FROM school_master m
UNION ALL
SELECT m.tss_code, m.*
FROM school_master m
WHERE m.tss_code IS NOT NULL AND m.tss_code <> m.school_key;

CREATE OR REPLACE VIEW fact_designation AS
SELECT m.batch_id, m.school_key, m.admin_code, m.school_key AS unit, f.path AS source, f.sha256 AS file_sha256,
       q.line_no, q.line_sha256, m.school_key || ' ' || m.school_name AS masked, d.designation, m.status
FROM stg_qrp_school q
JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code
JOIN source_file f ON f.file_id = q.file_id
CROSS JOIN LATERAL unnest(q.designations) AS d(designation);

CREATE OR REPLACE VIEW fact_teacher AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code || '/' || q.teacher_no AS unit, f.path AS source,
       f.sha256 AS file_sha256, q.line_no, q.line_sha256, q.teacher_no || ' ' || q.id_masked || ' ' || q.name_masked AS masked,
       q.teacher_type, q.education, q.title, q.teaching_category, q.dual_qualified, q.honours
FROM stg_qrp_teacher q
JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code;

CREATE OR REPLACE VIEW fact_conditions AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code AS unit, f.path AS source, f.sha256 AS file_sha256,
       q.line_no, q.line_sha256, q.school_code AS masked, q.land_owned + q.land_other AS land_area,
       q.building_owned + q.building_other AS building_area, q.equipment_value, q.books
FROM stg_qrp_conditions q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code;

CREATE OR REPLACE VIEW fact_satisfaction AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code || '/' || q.respondent AS unit, f.path AS source,
       f.sha256 AS file_sha256, q.line_no, q.line_sha256, q.school_code || ' ' || q.respondent AS masked,
       q.respondent, q.samples, q.satisfied
FROM stg_qrp_satisfaction q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code;

CREATE OR REPLACE VIEW fact_followup AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code AS unit, f.path AS source, f.sha256 AS file_sha256,
       q.line_no, q.line_sha256, q.school_code AS masked, q.tracked, q.promoted
FROM stg_qrp_followup q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code;

CREATE OR REPLACE VIEW fact_training AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code || '/' || q.line_no AS unit, f.path AS source,
       f.sha256 AS file_sha256, q.line_no, q.line_sha256, q.school_code || ' ' || q.project_name AS masked,
       q.audience, q.industry, q.hours, q.participants
FROM stg_qrp_training q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code;

CREATE OR REPLACE VIEW fact_award AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code || '/' || q.line_no AS unit, f.path AS source,
       f.sha256 AS file_sha256, q.line_no, q.line_sha256,
       q.school_code || ' ' || q.contest_name || ' ' || COALESCE(q.winner_masked, '') AS masked,
       q.level, q.category, q.prize
FROM stg_qrp_award q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code;

CREATE OR REPLACE VIEW fact_exam AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code AS unit, f.path AS source, f.sha256 AS file_sha256,
       q.line_no, q.line_sha256, q.school_code AS masked, q.candidates, q.bachelor_admitted, q.bachelor_integrated,
       q.admitted, q.integrated_transfer, q.full_time_higher_ed
FROM stg_qrp_exam q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code;

CREATE OR REPLACE VIEW fact_funding AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code AS unit, f.path AS source, f.sha256 AS file_sha256,
       q.line_no, q.line_sha256, q.school_code AS masked, q.special_appropriation
FROM stg_qrp_funding q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code;
