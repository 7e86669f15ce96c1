-- An export batch, the files it holds, and what each step did with them.

CREATE TABLE batch (
    batch_id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region          CHAR(6)     NOT NULL,
    region_name     TEXT,
    academic_year   INTEGER     NOT NULL,
    snapshot_date   DATE        NOT NULL,
    digest          CHAR(64)    NOT NULL UNIQUE,  -- SHA-256 over the sorted (path, file sha256) pairs
    source_path     TEXT        NOT NULL,
    has_manifest    BOOLEAN     NOT NULL,
    exported_at     TEXT,
    job_instance_id BIGINT,
    registered_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    loaded_at       TIMESTAMPTZ  -- set when every file is in and conserved; downstream stages read only loaded batches
);

CREATE TABLE source_file (
    file_id   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id  BIGINT   NOT NULL REFERENCES batch (batch_id),
    kind      TEXT     NOT NULL,               -- e.g. sms.students
    path      TEXT     NOT NULL,               -- relative to the batch folder
    sha256    CHAR(64) NOT NULL,
    bytes     BIGINT   NOT NULL,
    rows      BIGINT   NOT NULL,               -- data records, header excluded
    encoding  TEXT     NOT NULL,
    UNIQUE (batch_id, kind)
);

-- One row per step execution that touched a file (or the batch as a whole when file_id is null).
CREATE TABLE step_audit (
    step_execution_id BIGINT PRIMARY KEY,
    job_execution_id  BIGINT      NOT NULL,
    batch_id          BIGINT      REFERENCES batch (batch_id),
    step_name         TEXT        NOT NULL,
    file_id           BIGINT      REFERENCES source_file (file_id),
    rows_read         BIGINT,
    rows_loaded       BIGINT,
    rows_quarantined  BIGINT,
    rows_warned       BIGINT,
    started_at        TIMESTAMPTZ NOT NULL,
    ended_at          TIMESTAMPTZ,
    status            TEXT        NOT NULL,
    message           TEXT
);

-- Rows that did not load, with every reason found. masked_row never holds a raw ID number or full name.
CREATE TABLE quarantine (
    batch_id    BIGINT NOT NULL REFERENCES batch (batch_id),
    file_id     BIGINT NOT NULL REFERENCES source_file (file_id),
    line_no     BIGINT NOT NULL,
    line_sha256 BYTEA  NOT NULL,
    rules       TEXT[] NOT NULL,
    message     TEXT   NOT NULL,
    masked_row  TEXT   NOT NULL,
    PRIMARY KEY (file_id, line_no)
);
CREATE INDEX quarantine_batch ON quarantine (batch_id);
