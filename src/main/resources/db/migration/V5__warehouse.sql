-- The indicator warehouse: dimensions, facts (views over staging and the ledger, each row carrying the lineage key
-- of its source row) and computed figures with the digest of the rows they were computed from.

-- The major catalogue as used for a batch (copied at reconciliation, so a later catalogue cannot change the past).
CREATE TABLE dim_major (
    batch_id      BIGINT  NOT NULL REFERENCES batch (batch_id),
    major_code    TEXT    NOT NULL,
    major_name    TEXT    NOT NULL,
    class_code    TEXT    NOT NULL,
    class_name    TEXT    NOT NULL,
    category_code TEXT    NOT NULL,
    category_name TEXT    NOT NULL,
    industry      INTEGER NOT NULL CHECK (industry IN (1, 2, 3)),
    verified      BOOLEAN NOT NULL,
    PRIMARY KEY (batch_id, major_code)
);

-- The batch that currently speaks for a region and academic year: the latest completely loaded one. Earlier
-- batches (a superseded export) stay in the warehouse for audit.
CREATE VIEW current_batch AS
SELECT DISTINCT ON (region, academic_year) *
FROM batch
WHERE loaded_at IS NOT NULL
ORDER BY region, academic_year, loaded_at DESC, batch_id DESC;

-- Periods a batch reports: its academic year, and the calendar year after it (training, awards, exams, funding).
CREATE VIEW dim_period AS
SELECT batch_id, 'AY' || academic_year AS period, 'AY' AS kind, make_date(academic_year, 9, 1) AS starts,
       make_date(academic_year + 1, 8, 31) AS ends
FROM batch
UNION ALL
SELECT batch_id, 'CY' || (academic_year + 1), 'CY', make_date(academic_year + 1, 1, 1), make_date(academic_year + 1, 12, 31)
FROM batch;

CREATE VIEW dim_school AS
SELECT batch_id, school_key, school_name, admin_code, county_code, technical, ownership, school_type, status,
       designations
FROM school_master;

-- Every fact view has: batch_id, school_key, admin_code (隶属区划代码, for county scope), unit (what a count counts:
-- a person, a school, a teacher …), source (path of the file), file_sha256, line_no, line_sha256, masked (the
-- row's key fields, masked) — then its measures.

CREATE VIEW fact_enrolment AS
SELECT l.batch_id, l.school_key, m.admin_code, l.person_key AS unit, f.path AS source, f.sha256 AS file_sha256,
       l.line_no, COALESCE(s.line_sha256, t.line_sha256) AS line_sha256,
       COALESCE(s.id_masked, t.id_masked) || ' ' || COALESCE(s.student_no_masked, t.student_no_masked) AS masked,
       l.system, l.class, l.open_at_snapshot AS in_school, l.entered_in_year AS new_entrant, s.major_code,
       COALESCE(m.technical, false) AS technical
FROM person_ledger l
JOIN source_file f ON f.file_id = l.file_id
LEFT JOIN school_master m ON m.batch_id = l.batch_id AND m.school_key = l.school_key
LEFT JOIN stg_sms_student s ON l.system = 'sms' AND s.file_id = l.file_id AND s.line_no = l.line_no
LEFT JOIN stg_tss_student t ON l.system = 'tss' AND t.file_id = l.file_id AND t.line_no = l.line_no
WHERE l.population = 'students';

-- Sites of majors: in-school sms records of schools that are not technical schools, with the catalogue's 产业.
CREATE VIEW fact_major_site AS
SELECT e.batch_id, e.school_key, e.admin_code, e.school_key || '/' || e.major_code AS unit, e.source, e.file_sha256,
       e.line_no, e.line_sha256, e.masked, e.major_code, left(e.major_code, 4) AS class_code,
       left(e.major_code, 2) AS category_code, d.industry
FROM fact_enrolment e
JOIN dim_major d ON d.batch_id = e.batch_id AND d.major_code = e.major_code
WHERE e.system = 'sms' AND e.in_school AND NOT e.technical;

-- One row per graduate (the record graduate_person chose), destination in sms vocabulary.
CREATE VIEW fact_graduate AS
SELECT g.batch_id, l.school_key, m.admin_code, g.person_key AS unit, f.path AS source, f.sha256 AS file_sha256,
       g.line_no, COALESCE(s.line_sha256, t.line_sha256) AS line_sha256,
       COALESCE(s.id_masked, t.id_masked) AS masked, g.destination, g.industry
FROM graduate_person g
JOIN person_ledger l ON l.batch_id = g.batch_id AND l.file_id = g.file_id AND l.line_no = g.line_no
JOIN source_file f ON f.file_id = g.file_id
LEFT JOIN school_master m ON m.batch_id = l.batch_id AND m.school_key = l.school_key
LEFT JOIN stg_sms_graduate s ON g.system = 'sms' AND s.file_id = g.file_id AND s.line_no = g.line_no
LEFT JOIN stg_tss_graduate t ON g.system = 'tss' AND t.file_id = g.file_id AND t.line_no = g.line_no;

CREATE VIEW fact_school AS
SELECT m.batch_id, m.school_key, m.admin_code, m.school_key AS unit, f.path AS source, f.sha256 AS file_sha256,
       COALESCE(s.line_no, t.line_no) AS line_no, COALESCE(s.line_sha256, t.line_sha256) AS line_sha256,
       m.school_key || ' ' || m.school_name AS masked, m.status, m.technical, m.ownership, m.school_type
FROM school_master m
LEFT JOIN stg_sms_school s ON s.batch_id = m.batch_id AND s.school_code = m.sms_code
LEFT JOIN stg_tss_school t ON s.school_code IS NULL AND t.batch_id = m.batch_id AND t.school_code = m.tss_code
JOIN source_file f ON f.file_id = COALESCE(s.file_id, t.file_id);

-- A school's 称号 as filed on qrp, for schools in operation per the school master.
CREATE VIEW fact_designation AS
SELECT m.batch_id, m.school_key, m.admin_code, m.school_key AS unit, f.path AS source, f.sha256 AS file_sha256,
       q.line_no, q.line_sha256, m.school_key || ' ' || m.school_name AS masked, d.designation, m.status
FROM stg_qrp_school q
JOIN school_master m ON m.batch_id = q.batch_id AND q.school_code IN (m.school_key, m.tss_code)
JOIN source_file f ON f.file_id = q.file_id
CROSS JOIN LATERAL unnest(q.designations) AS d(designation);

CREATE VIEW fact_teacher AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code || '/' || q.teacher_no AS unit, f.path AS source,
       f.sha256 AS file_sha256, q.line_no, q.line_sha256, q.teacher_no || ' ' || q.id_masked || ' ' || q.name_masked AS masked,
       q.teacher_type, q.education, q.title, q.teaching_category, q.dual_qualified, q.honours
FROM stg_qrp_teacher q
JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_master m ON m.batch_id = q.batch_id AND q.school_code IN (m.school_key, m.tss_code);

-- The qrp school-level filings: one view per file, the same lineage columns.
CREATE VIEW fact_conditions AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code AS unit, f.path AS source, f.sha256 AS file_sha256,
       q.line_no, q.line_sha256, q.school_code AS masked, q.land_owned + q.land_other AS land_area,
       q.building_owned + q.building_other AS building_area, q.equipment_value, q.books
FROM stg_qrp_conditions q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_master m ON m.batch_id = q.batch_id AND q.school_code IN (m.school_key, m.tss_code);

CREATE VIEW fact_satisfaction AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code || '/' || q.respondent AS unit, f.path AS source,
       f.sha256 AS file_sha256, q.line_no, q.line_sha256, q.school_code || ' ' || q.respondent AS masked,
       q.respondent, q.samples, q.satisfied
FROM stg_qrp_satisfaction q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_master m ON m.batch_id = q.batch_id AND q.school_code IN (m.school_key, m.tss_code);

CREATE VIEW fact_followup AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code AS unit, f.path AS source, f.sha256 AS file_sha256,
       q.line_no, q.line_sha256, q.school_code AS masked, q.tracked, q.promoted
FROM stg_qrp_followup q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_master m ON m.batch_id = q.batch_id AND q.school_code IN (m.school_key, m.tss_code);

CREATE VIEW fact_training AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code || '/' || q.line_no AS unit, f.path AS source,
       f.sha256 AS file_sha256, q.line_no, q.line_sha256, q.school_code || ' ' || q.project_name AS masked,
       q.audience, q.industry, q.hours, q.participants
FROM stg_qrp_training q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_master m ON m.batch_id = q.batch_id AND q.school_code IN (m.school_key, m.tss_code);

CREATE VIEW fact_award AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code || '/' || q.line_no AS unit, f.path AS source,
       f.sha256 AS file_sha256, q.line_no, q.line_sha256,
       q.school_code || ' ' || q.contest_name || ' ' || COALESCE(q.winner_masked, '') AS masked,
       q.level, q.category, q.prize
FROM stg_qrp_award q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_master m ON m.batch_id = q.batch_id AND q.school_code IN (m.school_key, m.tss_code);

CREATE VIEW fact_exam AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code AS unit, f.path AS source, f.sha256 AS file_sha256,
       q.line_no, q.line_sha256, q.school_code AS masked, q.candidates, q.bachelor_admitted, q.bachelor_integrated,
       q.admitted, q.integrated_transfer, q.full_time_higher_ed
FROM stg_qrp_exam q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_master m ON m.batch_id = q.batch_id AND q.school_code IN (m.school_key, m.tss_code);

CREATE VIEW fact_funding AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code AS unit, f.path AS source, f.sha256 AS file_sha256,
       q.line_no, q.line_sha256, q.school_code AS masked, q.special_appropriation
FROM stg_qrp_funding q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_master m ON m.batch_id = q.batch_id AND q.school_code IN (m.school_key, m.tss_code);

-- Region-level filings belong to no school; county scope does not apply to them.
CREATE VIEW fact_region AS
SELECT q.batch_id, NULL::text AS school_key, NULL::char(6) AS admin_code, q.region_code::text AS unit,
       f.path AS source, f.sha256 AS file_sha256, q.line_no, q.line_sha256, q.region_code::text AS masked,
       q.general_hs_new, q.training_task
FROM stg_qrp_region q JOIN source_file f ON f.file_id = q.file_id
JOIN batch b ON b.batch_id = q.batch_id AND b.region = q.region_code;

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
);
