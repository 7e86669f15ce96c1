-- Every fact view names the file of each row by its id as well as its path (issue 23): the rows of a figure then
-- come in their table's key order (file_id, line_no), which an index gives a page or a download at once, where the
-- order of the path had to sort every row (a province's 1.19 million) before the first.

CREATE OR REPLACE VIEW fact_enrolment AS
SELECT l.batch_id, l.school_key, m.admin_code, l.person_key AS unit, f.path AS source, f.sha256 AS file_sha256,
       l.line_no, l.line_sha256, l.masked, l.system, l.class, l.open_at_snapshot AS in_school,
       l.entered_in_year AS new_entrant, l.major_code, COALESCE(m.technical, false) AS technical, l.file_id
FROM person_ledger l
JOIN source_file f ON f.file_id = l.file_id
LEFT JOIN school_master m ON m.batch_id = l.batch_id AND m.school_key = l.school_key
WHERE l.population = 'students';

CREATE OR REPLACE VIEW fact_major_site AS
SELECT e.batch_id, e.school_key, e.admin_code, e.school_key || '/' || e.major_code AS unit, e.source, e.file_sha256,
       e.line_no, e.line_sha256, e.masked, e.major_code, left(e.major_code, 4) AS class_code,
       left(e.major_code, 2) AS category_code, d.industry, e.file_id
FROM fact_enrolment e
JOIN dim_major d ON d.batch_id = e.batch_id AND d.major_code = e.major_code
WHERE e.system = 'sms' AND e.in_school AND NOT e.technical;

CREATE OR REPLACE VIEW fact_graduate AS
SELECT g.batch_id, g.school_key, m.admin_code, g.person_key AS unit, f.path AS source, f.sha256 AS file_sha256,
       g.line_no, g.line_sha256, g.masked, g.destination, g.industry, g.file_id
FROM graduate_person g
JOIN source_file f ON f.file_id = g.file_id
LEFT JOIN school_master m ON m.batch_id = g.batch_id AND m.school_key = g.school_key;

CREATE OR REPLACE VIEW fact_designation AS
SELECT m.batch_id, m.school_key, m.admin_code, m.school_key AS unit, f.path AS source, f.sha256 AS file_sha256,
       q.line_no, q.line_sha256, m.school_key || ' ' || m.school_name AS masked, d.designation, m.status, q.file_id
FROM stg_qrp_school q
JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code
JOIN source_file f ON f.file_id = q.file_id
CROSS JOIN LATERAL unnest(q.designations) AS d(designation);

CREATE OR REPLACE VIEW fact_teacher AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code || '/' || q.teacher_no AS unit, f.path AS source,
       f.sha256 AS file_sha256, q.line_no, q.line_sha256, q.teacher_no || ' ' || q.id_masked || ' ' || q.name_masked AS masked,
       q.teacher_type, q.education, q.title, q.teaching_category, q.dual_qualified, q.honours, q.file_id
FROM stg_qrp_teacher q
JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code;

CREATE OR REPLACE VIEW fact_conditions AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code AS unit, f.path AS source, f.sha256 AS file_sha256,
       q.line_no, q.line_sha256, q.school_code AS masked, q.land_owned + q.land_other AS land_area,
       q.building_owned + q.building_other AS building_area, q.equipment_value, q.books, q.file_id
FROM stg_qrp_conditions q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code;

CREATE OR REPLACE VIEW fact_satisfaction AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code || '/' || q.respondent AS unit, f.path AS source,
       f.sha256 AS file_sha256, q.line_no, q.line_sha256, q.school_code || ' ' || q.respondent AS masked,
       q.respondent, q.samples, q.satisfied, q.file_id
FROM stg_qrp_satisfaction q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code;

CREATE OR REPLACE VIEW fact_followup AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code AS unit, f.path AS source, f.sha256 AS file_sha256,
       q.line_no, q.line_sha256, q.school_code AS masked, q.tracked, q.promoted, q.file_id
FROM stg_qrp_followup q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code;

CREATE OR REPLACE VIEW fact_training AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code || '/' || q.line_no AS unit, f.path AS source,
       f.sha256 AS file_sha256, q.line_no, q.line_sha256, q.school_code || ' ' || q.project_name AS masked,
       q.audience, q.industry, q.hours, q.participants, q.file_id
FROM stg_qrp_training q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code;

CREATE OR REPLACE VIEW fact_award AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code || '/' || q.line_no AS unit, f.path AS source,
       f.sha256 AS file_sha256, q.line_no, q.line_sha256,
       q.school_code || ' ' || q.contest_name || ' ' || COALESCE(q.winner_masked, '') AS masked,
       q.level, q.category, q.prize, q.file_id
FROM stg_qrp_award q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code;

CREATE OR REPLACE VIEW fact_exam AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code AS unit, f.path AS source, f.sha256 AS file_sha256,
       q.line_no, q.line_sha256, q.school_code AS masked, q.candidates, q.bachelor_admitted, q.bachelor_integrated,
       q.admitted, q.integrated_transfer, q.full_time_higher_ed, q.file_id
FROM stg_qrp_exam q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code;

CREATE OR REPLACE VIEW fact_funding AS
SELECT q.batch_id, m.school_key, m.admin_code, q.school_code AS unit, f.path AS source, f.sha256 AS file_sha256,
       q.line_no, q.line_sha256, q.school_code AS masked, q.special_appropriation, q.file_id
FROM stg_qrp_funding q JOIN source_file f ON f.file_id = q.file_id
LEFT JOIN school_by_code m ON m.batch_id = q.batch_id AND m.code = q.school_code;

CREATE OR REPLACE VIEW fact_school AS
SELECT m.batch_id, m.school_key, m.admin_code, m.school_key AS unit, f.path AS source, f.sha256 AS file_sha256,
       COALESCE(s.line_no, t.line_no) AS line_no, COALESCE(s.line_sha256, t.line_sha256) AS line_sha256,
       m.school_key || ' ' || m.school_name AS masked, m.status, m.technical, m.ownership, m.school_type, f.file_id
FROM school_master m
LEFT JOIN stg_sms_school s ON s.batch_id = m.batch_id AND s.school_code = m.sms_code
LEFT JOIN stg_tss_school t ON s.school_code IS NULL AND t.batch_id = m.batch_id AND t.school_code = m.tss_code
JOIN source_file f ON f.file_id = COALESCE(s.file_id, t.file_id);

CREATE OR REPLACE VIEW fact_region AS
SELECT q.batch_id, NULL::text AS school_key, NULL::char(6) AS admin_code, q.region_code::text AS unit,
       f.path AS source, f.sha256 AS file_sha256, q.line_no, q.line_sha256, q.region_code::text AS masked,
       q.general_hs_new, q.training_task, q.file_id
FROM stg_qrp_region q JOIN source_file f ON f.file_id = q.file_id
JOIN batch b ON b.batch_id = q.batch_id AND b.region = q.region_code;
