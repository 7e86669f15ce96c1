-- Published editions (issue 21): a region's figures of an academic year frozen as they were published, with the
-- batches they came from, the catalogue's fingerprint, who published and the audit chain's head at that moment.
-- An edition never changes (the same trigger as the audit trail's); a correction is a new edition naming the one it
-- replaces.
CREATE TABLE edition (
    edition_id            BIGINT      PRIMARY KEY,
    title                 TEXT        NOT NULL,
    region                CHAR(6)     NOT NULL,
    period                TEXT        NOT NULL,  -- AY2022; the edition also holds the batch's CY2023 figures
    batch_id              BIGINT      NOT NULL REFERENCES batch (batch_id),
    replaces              BIGINT      REFERENCES edition (edition_id),
    catalogue_fingerprint CHAR(64)    NOT NULL,
    content_digest        CHAR(64)    NOT NULL,  -- SHA-256 over the batches, the fingerprint and every figure
    published_by          TEXT        NOT NULL,
    published_at          TIMESTAMPTZ NOT NULL,
    override_reason       TEXT,
    chain_head            CHAR(64)    NOT NULL   -- the hash of the audit entry that records the publication
);
CREATE SEQUENCE edition_id_seq OWNED BY edition.edition_id;
CREATE INDEX edition_region_period ON edition (region, period, edition_id);

-- The batches an edition's figures came from: the academic year's, and the previous year's its changes and its
-- report's previous-year lines read. Retention keeps them.
CREATE TABLE edition_batch (
    edition_id BIGINT NOT NULL REFERENCES edition (edition_id),
    batch_id   BIGINT NOT NULL REFERENCES batch (batch_id),
    PRIMARY KEY (edition_id, batch_id)
);
CREATE INDEX edition_batch_batch ON edition_batch (batch_id);

CREATE TABLE edition_figure (
    edition_id        BIGINT  NOT NULL REFERENCES edition (edition_id),
    batch_id          BIGINT  NOT NULL,
    indicator         TEXT    NOT NULL,
    scope             TEXT    NOT NULL,
    period            TEXT    NOT NULL,
    value             NUMERIC NOT NULL,
    unrounded         NUMERIC NOT NULL,
    numerator         NUMERIC,
    denominator       NUMERIC,
    previous_batch_id BIGINT,
    rows              BIGINT  NOT NULL,
    digest            CHAR(64) NOT NULL,
    PRIMARY KEY (edition_id, batch_id, indicator, scope, period)
);

CREATE TRIGGER edition_immutable BEFORE UPDATE OR DELETE ON edition
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER edition_no_truncate BEFORE TRUNCATE ON edition
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER edition_batch_immutable BEFORE UPDATE OR DELETE ON edition_batch
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER edition_batch_no_truncate BEFORE TRUNCATE ON edition_batch
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER edition_figure_immutable BEFORE UPDATE OR DELETE ON edition_figure
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER edition_figure_no_truncate BEFORE TRUNCATE ON edition_figure
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
