-- The web console's users (vocstat users add, or the admin created on the first start with none): a name, the password
-- only as a hash in Spring Security's delegating format ({bcrypt}…, {argon2}…), so the algorithm can change without
-- invalidating the stored hashes, and one role. Not granted to vocstat_reader (afterMigrate.sql grants by name).
CREATE TABLE console_user (
	username      text PRIMARY KEY CHECK (username ~ '^[A-Za-z0-9._-]{1,64}$'),
	password_hash text        NOT NULL,
	role          text        NOT NULL CHECK (role IN ('auditor', 'statistician', 'operator')),
	created_at    timestamptz NOT NULL DEFAULT now()
);
