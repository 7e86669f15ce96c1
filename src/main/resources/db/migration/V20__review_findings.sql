-- Review queries (数据审核, issue 21): what the review rules found in a batch's figures, the figures each finding read,
-- and the explanations and acceptances that resolve them.

-- A finding: a rule whose condition held for a scope of a batch, at its level (error: only a corrected export clears
-- it; query: an explanation or an acceptance does), with its message and a digest of the values it read. A rerun of
-- the batch replaces its findings; the same rule and scope keep their finding's id.
CREATE TABLE review_finding (
    finding_id    BIGSERIAL   PRIMARY KEY,
    batch_id      BIGINT      NOT NULL REFERENCES batch (batch_id),
    region        TEXT        NOT NULL,
    academic_year INTEGER     NOT NULL,
    rule_code     TEXT        NOT NULL,
    level         TEXT        NOT NULL CHECK (level IN ('error', 'query')),
    scope         TEXT        NOT NULL,
    message       TEXT        NOT NULL,
    values_digest CHAR(64)    NOT NULL,
    rules_digest  CHAR(64)    NOT NULL,  -- the review-rules.csv the finding was made with
    evaluated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (batch_id, rule_code, scope)
);

-- The figures a finding read, as the rule names them (prev(enrolment.in_school)), with the figure's key and digest:
-- the way to its trace.
CREATE TABLE review_finding_figure (
    finding_id      BIGINT   NOT NULL REFERENCES review_finding (finding_id) ON DELETE CASCADE,
    position        INTEGER  NOT NULL,
    reference       TEXT     NOT NULL,
    figure_batch_id BIGINT   NOT NULL REFERENCES batch (batch_id),
    indicator       TEXT     NOT NULL,
    scope           TEXT     NOT NULL,
    period          TEXT     NOT NULL,
    value           NUMERIC  NOT NULL,
    digest          CHAR(64) NOT NULL,
    PRIMARY KEY (finding_id, position)
);

-- An explanation (and/or acceptance) of a query. It is tied not to a finding's id but to what the finding says: its
-- region, academic year, rule, scope and the digest of its values. A later batch of the same region and year whose
-- finding read the same values is therefore explained already; changed values make it open again.
CREATE TABLE review_explanation (
    explanation_id BIGSERIAL   PRIMARY KEY,
    region         TEXT        NOT NULL,
    academic_year  INTEGER     NOT NULL,
    rule_code      TEXT        NOT NULL,
    scope          TEXT        NOT NULL,
    values_digest  CHAR(64)    NOT NULL,
    first_finding  BIGINT      NOT NULL,  -- the finding it was given on (findings of superseded batches may go)
    text           TEXT        CHECK (text IS NULL OR length(text) BETWEEN 1 AND 2000),
    explained_by   TEXT,
    explained_at   TIMESTAMPTZ,
    accepted_by    TEXT,
    accepted_at    TIMESTAMPTZ,
    UNIQUE (region, academic_year, rule_code, scope, values_digest),
    CHECK ((text IS NULL) = (explained_by IS NULL) AND (accepted_by IS NULL) = (accepted_at IS NULL))
);

CREATE INDEX review_finding_region_year ON review_finding (region, academic_year);
