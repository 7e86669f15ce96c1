-- After every migration (Flyway callback): the read-only role for auditors and BI tools may read the published figures
-- and the warehouse's facts and dimensions, which hold masked data only, the review findings with the figures they read
-- and their explanations, and the audit trail (an auditor of an edition needs both; they hold officers' names and
-- their text, no student's or teacher's personal data), and nothing else: no staging table (stg_*), no quarantine, no
-- ledger, no key fingerprint, no run history. Views a migration recreates lose their grants; this
-- gives them back. In the schema vocstat migrates (public, or an external PostgreSQL's own); does nothing where the role
-- does not exist (an external PostgreSQL without it).
DO $grants$
DECLARE
	relation text;
BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vocstat_reader') THEN
		RETURN;
	END IF;
	EXECUTE format('GRANT USAGE ON SCHEMA %I TO vocstat_reader', current_schema());
	FOR relation IN
		SELECT c.oid::regclass::text
		FROM pg_class c
		WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
			AND NOT c.relispartition
			AND (c.relname LIKE 'fact\_%' OR c.relname IN ('figure', 'dim_period', 'dim_school', 'dim_major', 'edition',
			                                                   'edition_batch', 'edition_figure', 'review_finding',
			                                                   'review_finding_figure', 'review_explanation',
			                                                   'audit_entry'))
	LOOP
		EXECUTE format('GRANT SELECT ON %s TO vocstat_reader', relation);
	END LOOP;
END
$grants$;
