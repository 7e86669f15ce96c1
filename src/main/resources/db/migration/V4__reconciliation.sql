-- Reconciliation of the two student registries: the unified school master, the person ledger that classes every
-- student and graduate record, and the counting rule every enrolment and graduate figure uses.

-- One row per school of a batch: sms and tss joined on 学校标识码 where a technical school holds one (一校两牌).
CREATE TABLE school_master (
    batch_id     BIGINT  NOT NULL REFERENCES batch (batch_id),
    school_key   TEXT    NOT NULL,  -- 学校标识码 where the school has one, else the HRSS 院校代码 (= qrp 学校代码)
    school_name  TEXT    NOT NULL,
    sms_code     CHAR(10),
    tss_code     TEXT,
    county_code  CHAR(6) NOT NULL,
    admin_code   CHAR(6) NOT NULL,  -- 隶属区划代码: a county, or the city itself for 市本级
    ownership    TEXT    NOT NULL,
    school_type  TEXT    NOT NULL,  -- sms 学校类型, or the tss 院校类别 for a technical school
    technical    BOOLEAN NOT NULL,  -- present in tss
    status       TEXT,              -- 办学状态 when both systems agree; null when they contradict (see school_issue)
    stopped_year INTEGER,
    designations TEXT[]  NOT NULL DEFAULT '{}',
    PRIMARY KEY (batch_id, school_key)
);

-- School records that could not be joined or that contradict each other: reported, never guessed.
CREATE TABLE school_issue (
    batch_id   BIGINT NOT NULL REFERENCES batch (batch_id),
    school_key TEXT   NOT NULL,
    issue      TEXT   NOT NULL,
    detail     TEXT   NOT NULL
);
CREATE INDEX school_issue_batch ON school_issue (batch_id);

-- Every student and graduate record of a batch, in exactly one class.
CREATE TABLE person_ledger (
    batch_id         BIGINT  NOT NULL REFERENCES batch (batch_id),
    population       TEXT    NOT NULL CHECK (population IN ('students', 'graduates')),
    system           TEXT    NOT NULL CHECK (system IN ('sms', 'tss')),
    file_id          BIGINT  NOT NULL,
    line_no          BIGINT  NOT NULL,
    person_key       TEXT    NOT NULL,  -- keyed ID hash; for a temporary or non-resident document, system:hash
    school_key       TEXT,
    class            TEXT    NOT NULL CHECK (class IN ('MATCHED', 'MATCHED_CONFLICT', 'TSS_ONLY', 'SMS_ONLY_TECHNICAL',
                                                       'SMS_ONLY', 'DUPLICATE', 'UNMATCHABLE')),
    conflicts        TEXT[]  NOT NULL DEFAULT '{}',  -- what differs from the other system: school, status, birth, gender, destination
    open_at_snapshot BOOLEAN,  -- students: the record was open at the statistics date
    entered_in_year  BOOLEAN,  -- students: entry inside the academic year
    destination      TEXT,     -- graduates: 毕业去向 in sms vocabulary
    industry         TEXT,     -- graduates: 就业产业 as 第一产业/第二产业/第三产业
    PRIMARY KEY (batch_id, file_id, line_no)
);
CREATE INDEX person_ledger_person ON person_ledger (batch_id, population, person_key);

-- The counting rule, in one place: a person counts once; in school when either system holds an open record for
-- them at the statistics date; a new entrant when any record's entry falls in the academic year.
CREATE VIEW enrolment_person AS
SELECT batch_id, person_key, bool_or(open_at_snapshot) AS in_school, bool_or(entered_in_year) AS new_entrant
FROM person_ledger
WHERE population = 'students'
GROUP BY batch_id, person_key;

-- A graduate counts once; their destination is the sms record's when sms holds one, else the tss record's.
CREATE VIEW graduate_person AS
SELECT DISTINCT ON (batch_id, person_key) batch_id, person_key, destination, industry, system, file_id, line_no
FROM person_ledger
WHERE population = 'graduates'
ORDER BY batch_id, person_key, (system = 'sms') DESC, (class = 'DUPLICATE'), file_id, line_no;
