DO $provision$
DECLARE
	statement text;
BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vocstat') THEN
		CREATE ROLE vocstat;
	END IF;
	-- CREATEROLE only so that it can set the reader's password, which it holds ADMIN on (PostgreSQL 16+ rules).
	ALTER ROLE vocstat WITH LOGIN NOSUPERUSER NOCREATEDB CREATEROLE NOREPLICATION NOBYPASSRLS
		PASSWORD '@VERIFIER@';
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vocstat_reader') THEN
		CREATE ROLE vocstat_reader;
	END IF;
	ALTER ROLE vocstat_reader WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
	GRANT vocstat_reader TO vocstat WITH ADMIN TRUE, INHERIT FALSE, SET FALSE;
	-- A home created before the roles existed has everything owned by the superuser.
	ALTER SCHEMA public OWNER TO vocstat;
	FOR statement IN
		SELECT format('ALTER %s %s OWNER TO vocstat',
				CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
					WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, c.oid::regclass)
		FROM pg_class c
		WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
			AND c.relowner <> 'vocstat'::regrole
			-- a serial or identity column's sequence follows its table
			AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
				AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
	LOOP
		EXECUTE statement;
	END LOOP;
	FOR statement IN
		SELECT format('ALTER %s %s OWNER TO vocstat',
				CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, p.oid::regprocedure)
		FROM pg_proc p
		WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> 'vocstat'::regrole
	LOOP
		EXECUTE statement;
	END LOOP;
	FOR statement IN
		SELECT format('ALTER %s %s OWNER TO vocstat', CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END,
				t.oid::regtype)
		FROM pg_type t
		WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('c', 'd', 'e', 'r')
			AND t.typowner <> 'vocstat'::regrole
			-- a table's row type follows its table
			AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
	LOOP
		EXECUTE statement;
	END LOOP;
END
$provision$;

