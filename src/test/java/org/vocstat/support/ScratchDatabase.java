package org.vocstat.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database of its own on the test server, for migration tests: migrated to an older version, filled as that
 * version kept its rows, then migrated to the latest. Dropped when closed.
 */
public final class ScratchDatabase implements AutoCloseable {

	private final TestDatabase.Connection server;

	private final String name;

	private final SingleConnectionDataSource dataSource;

	private ScratchDatabase(TestDatabase.Connection server, String name) {
		this.server = server;
		this.name = name;
		this.dataSource = new SingleConnectionDataSource(server.url().replaceFirst("(//[^/]+/)[^?]*", "$1" + name),
				server.username(), server.password(), true);
	}

	/** A new empty database whose name starts with {@code prefix}. */
	public static ScratchDatabase create(String prefix) {
		ScratchDatabase database = new ScratchDatabase(TestDatabase.get(), prefix + "_" + System.nanoTime());
		database.admin("CREATE DATABASE " + database.name);
		return database;
	}

	/** Applies the migrations up to and including {@code version}. */
	public ScratchDatabase migrateTo(String version) {
		Flyway.configure().dataSource(dataSource).target(version).load().migrate();
		return this;
	}

	/** Applies every migration not applied yet. */
	public void migrate() {
		Flyway.configure().dataSource(dataSource).load().migrate();
	}

	public JdbcClient jdbc() {
		return JdbcClient.create(dataSource);
	}

	@Override
	public void close() {
		dataSource.destroy();
		admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
	}

	private void admin(String sql) {
		try (java.sql.Connection admin = DriverManager.getConnection(server.url(), server.username(), server.password());
				Statement statement = admin.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
	}

	/** A loaded batch's row as every version kept it, for region 330400, AY2022; {@code tag} makes its digest. */
	public static long batch(JdbcClient jdbc, String tag) {
		return jdbc.sql("""
				INSERT INTO batch (region, academic_year, snapshot_date, digest, source_path, has_manifest, loaded_at)
				VALUES ('330400', 2022, DATE '2022-09-30', rpad(:tag, 64, '0'), '/x', false, now()) RETURNING batch_id""")
			.param("tag", tag)
			.query(Long.class)
			.single();
	}

	/** A registered source file of {@code batch}. */
	public static long file(JdbcClient jdbc, long batch, String kind, String path) {
		return jdbc.sql("""
				INSERT INTO source_file (batch_id, kind, path, sha256, bytes, rows, encoding)
				VALUES (:batch, :kind, :path, rpad('f', 64, 'f'), 1, 1, 'UTF-8') RETURNING file_id""")
			.param("batch", batch).param("kind", kind).param("path", path)
			.query(Long.class)
			.single();
	}

}
