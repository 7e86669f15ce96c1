-- The audit trail (issue 21): every load, restart, rerun, recovery, publication, override and prune, each entry
-- chained to the one before by a SHA-256 over its own fields and the previous entry's hash (AuditTrail).
--
-- The trigger refuses UPDATE, DELETE and TRUNCATE to every role, the owner included: REVOKE cannot take a right from
-- the owner. The owner (the role vocstat loads with) can still drop or disable the trigger; what it then rewrites no
-- longer hashes to the chain, and `vocstat audit verify` names the first entry that does not.
CREATE TABLE audit_entry (
    seq           BIGINT      PRIMARY KEY,
    action        TEXT        NOT NULL,
    who           TEXT        NOT NULL,
    at            TIMESTAMPTZ NOT NULL,
    objects       TEXT[]      NOT NULL,
    detail        TEXT        NOT NULL,
    previous_hash CHAR(64)    NOT NULL,
    hash          CHAR(64)    NOT NULL UNIQUE
);

CREATE FUNCTION refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END $$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
