-- Retention (issue 21): a batch whose staged rows, ledger and figures were dropped. Its registry entry, file list,
-- step audit, quarantine and review findings stay.
CREATE TABLE batch_pruned (
    batch_id    BIGINT      PRIMARY KEY REFERENCES batch (batch_id),
    pruned_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    pruned_by   TEXT        NOT NULL,
    bytes_freed BIGINT      NOT NULL
);
