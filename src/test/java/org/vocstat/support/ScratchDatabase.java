package org.vocstat.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database of its own on the test server, for migration tests: migrated to an older
 * version, filled as that version kept its rows, then migrated to the latest. Dropped
 * when closed.
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

	public SingleConnectionDataSource dataSource() {
		return dataSource;
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
		try (java.sql.Connection admin = DriverManager.getConnection(server.url(), server.username(),
				server.password()); Statement statement = admin.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
	}

}
