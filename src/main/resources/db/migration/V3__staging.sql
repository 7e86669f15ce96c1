-- Staging: accepted rows of each export file, typed, with their lineage key (file, line, line SHA-256).
-- Identity columns hold the keyed hash and masked form only (see org.vocstat.person); warnings lists the
-- data-quality rules a loaded row tripped, separated by ';'.

CREATE TABLE stg_sms_school (
    batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL, line_sha256 BYTEA NOT NULL, warnings TEXT,
    school_code   CHAR(10) NOT NULL,
    school_name   TEXT     NOT NULL,
    county_code   CHAR(6)  NOT NULL,
    admin_code    CHAR(6)  NOT NULL,
    ownership     TEXT     NOT NULL,
    school_type   TEXT     NOT NULL,
    status        TEXT     NOT NULL,
    stopped_year  INTEGER,
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE stg_sms_student (
    batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL, line_sha256 BYTEA NOT NULL, warnings TEXT,
    student_no_hash   CHAR(64) NOT NULL,
    student_no_masked TEXT    NOT NULL,
    id_type           TEXT    NOT NULL,
    id_kind           TEXT    NOT NULL,
    id_hash           CHAR(64) NOT NULL,
    id_masked         TEXT    NOT NULL,
    name_masked       TEXT    NOT NULL,
    gender            TEXT    NOT NULL,
    birth_date        DATE    NOT NULL,
    ethnicity         TEXT,
    school_code       CHAR(10) NOT NULL,
    major_code        CHAR(6) NOT NULL,
    major_name        TEXT,
    catalogue_version TEXT,
    duration_years    SMALLINT,
    entry_month       DATE    NOT NULL,
    grade             TEXT,
    class_name        TEXT,
    student_type      TEXT    NOT NULL,
    status            TEXT    NOT NULL,
    status_changed    DATE,
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE stg_sms_graduate (
    batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL, line_sha256 BYTEA NOT NULL, warnings TEXT,
    student_no_hash     CHAR(64) NOT NULL,
    student_no_masked   TEXT     NOT NULL,
    id_kind             TEXT     NOT NULL,
    id_hash             CHAR(64) NOT NULL,
    id_masked           TEXT     NOT NULL,
    name_masked         TEXT     NOT NULL,
    school_code         CHAR(10) NOT NULL,
    major_code          CHAR(6)  NOT NULL,
    graduation_month    DATE     NOT NULL,
    destination         TEXT     NOT NULL,
    further_study_type  TEXT,
    employment_industry TEXT,
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE stg_tss_school (
    batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL, line_sha256 BYTEA NOT NULL, warnings TEXT,
    school_code  TEXT    NOT NULL,
    school_name  TEXT    NOT NULL,
    category     TEXT    NOT NULL,
    county_code  CHAR(6) NOT NULL,
    admin_code   CHAR(6) NOT NULL,
    ownership    TEXT    NOT NULL,
    moe_code     CHAR(10),
    status       TEXT    NOT NULL,
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE stg_tss_student (
    batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL, line_sha256 BYTEA NOT NULL, warnings TEXT,
    student_no_hash   CHAR(64) NOT NULL,
    student_no_masked TEXT     NOT NULL,
    name_masked    TEXT     NOT NULL,
    gender         TEXT     NOT NULL,
    id_kind        TEXT     NOT NULL,
    id_hash        CHAR(64) NOT NULL,
    id_masked      TEXT     NOT NULL,
    birth_month    DATE     NOT NULL,
    school_code    TEXT     NOT NULL,
    major_code     TEXT     NOT NULL,
    major_name     TEXT,
    training_level TEXT     NOT NULL,
    duration_years SMALLINT,
    entry_date     DATE     NOT NULL,
    status         TEXT     NOT NULL,
    status_changed DATE,
    class_name     TEXT,
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE stg_tss_graduate (
    batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL, line_sha256 BYTEA NOT NULL, warnings TEXT,
    student_no_hash     CHAR(64) NOT NULL,
    student_no_masked   TEXT     NOT NULL,
    id_kind             TEXT     NOT NULL,
    id_hash             CHAR(64) NOT NULL,
    id_masked           TEXT     NOT NULL,
    name_masked         TEXT     NOT NULL,
    school_code         TEXT     NOT NULL,
    major_code          TEXT     NOT NULL,
    graduation_date     DATE     NOT NULL,
    destination         TEXT     NOT NULL,
    employment_industry TEXT,
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE stg_qrp_school (
    batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL, line_sha256 BYTEA NOT NULL, warnings TEXT,
    school_code  TEXT    NOT NULL,
    school_name  TEXT    NOT NULL,
    is_technical BOOLEAN NOT NULL,
    designations TEXT[] ,
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE stg_qrp_conditions (
    batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL, line_sha256 BYTEA NOT NULL, warnings TEXT,
    school_code     TEXT          NOT NULL,
    academic_year   INTEGER       NOT NULL,
    land_owned      NUMERIC(14,2) NOT NULL,  -- ㎡
    land_other      NUMERIC(14,2) NOT NULL,
    building_owned  NUMERIC(14,2) NOT NULL,
    building_other  NUMERIC(14,2) NOT NULL,
    equipment_value NUMERIC(14,2) NOT NULL,  -- 万元
    books           BIGINT        NOT NULL,
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE stg_qrp_teacher (
    batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL, line_sha256 BYTEA NOT NULL, warnings TEXT,
    teacher_no        TEXT     NOT NULL,
    school_code       TEXT     NOT NULL,
    academic_year     INTEGER  NOT NULL,
    name_masked       TEXT     NOT NULL,
    id_kind           TEXT     NOT NULL,
    id_hash           CHAR(64) NOT NULL,
    id_masked         TEXT     NOT NULL,
    gender            TEXT     NOT NULL,
    birth_month       DATE     NOT NULL,
    teacher_type      TEXT     NOT NULL,
    education         TEXT    ,
    title             TEXT    ,
    teaching_category TEXT    ,
    dual_qualified    BOOLEAN  NOT NULL,
    honours           TEXT[]  ,
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE stg_qrp_satisfaction (
    batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL, line_sha256 BYTEA NOT NULL, warnings TEXT,
    school_code   TEXT    NOT NULL,
    academic_year INTEGER NOT NULL,
    respondent    TEXT    NOT NULL,
    samples       INTEGER NOT NULL,
    satisfied     INTEGER NOT NULL,
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE stg_qrp_followup (
    batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL, line_sha256 BYTEA NOT NULL, warnings TEXT,
    school_code   TEXT    NOT NULL,
    academic_year INTEGER NOT NULL,
    tracked       INTEGER NOT NULL,
    promoted      INTEGER NOT NULL,
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE stg_qrp_training (
    batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL, line_sha256 BYTEA NOT NULL, warnings TEXT,
    school_code  TEXT          NOT NULL,
    year         INTEGER       NOT NULL,
    project_name TEXT          NOT NULL,
    audience     TEXT          NOT NULL,
    industry     TEXT          NOT NULL,
    hours        NUMERIC(10,1) NOT NULL,
    participants INTEGER       NOT NULL,
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE stg_qrp_award (
    batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL, line_sha256 BYTEA NOT NULL, warnings TEXT,
    school_code   TEXT    NOT NULL,
    year          INTEGER NOT NULL,
    contest_name  TEXT    NOT NULL,
    level         TEXT    NOT NULL,
    category      TEXT    NOT NULL,
    prize         TEXT    NOT NULL,
    winner_masked TEXT,
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE stg_qrp_exam (
    batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL, line_sha256 BYTEA NOT NULL, warnings TEXT,
    school_code         TEXT    NOT NULL,
    year                INTEGER NOT NULL,
    candidates          INTEGER NOT NULL,
    bachelor_admitted   INTEGER NOT NULL,
    bachelor_integrated INTEGER NOT NULL,
    admitted            INTEGER NOT NULL,
    integrated_transfer INTEGER NOT NULL,
    full_time_higher_ed INTEGER NOT NULL,
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE stg_qrp_funding (
    batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL, line_sha256 BYTEA NOT NULL, warnings TEXT,
    school_code           TEXT          NOT NULL,
    year                  INTEGER       NOT NULL,
    special_appropriation NUMERIC(14,2) NOT NULL,  -- 万元
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE stg_qrp_region (
    batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL, line_sha256 BYTEA NOT NULL, warnings TEXT,
    region_code    CHAR(6) NOT NULL,
    academic_year  INTEGER NOT NULL,
    general_hs_new INTEGER NOT NULL,
    training_task  INTEGER,
    PRIMARY KEY (file_id, line_no)
);
