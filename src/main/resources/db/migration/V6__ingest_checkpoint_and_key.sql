-- Where each file's ingest stands: written in the same transaction as the chunk's rows, so a rolled-back chunk
-- rolls its checkpoint back with it and a resumed step starts exactly after the last committed row.
CREATE TABLE ingest_checkpoint (
    file_id     BIGINT PRIMARY KEY REFERENCES source_file (file_id),
    next_offset BIGINT NOT NULL,  -- byte offset of the first line not yet read
    next_line   BIGINT NOT NULL,  -- its line number
    rows_read   BIGINT NOT NULL,
    rows_warned BIGINT NOT NULL
);

-- A fingerprint of the identity-hash key (an HMAC of a fixed text, not the key): every process writing to this
-- warehouse must hash IDs with the same key, or persons would silently stop matching.
CREATE TABLE identity_key (
    fingerprint CHAR(64)    NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
