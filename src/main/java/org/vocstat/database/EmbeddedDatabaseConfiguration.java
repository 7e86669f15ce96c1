package org.vocstat.database;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, runs PostgreSQL 17 from the bundled binaries
 * with its data directory in {@code <home>/pgdata}, kept between runs, and connects to it
 * as the owning role (see {@link EmbeddedServer}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

	/**
	 * The server is on this machine: a connection that takes longer than this will not
	 * come.
	 */
	static final long CONNECTION_TIMEOUT_MS = 5_000;

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedServer(DatabaseProperties properties) {
		return EmbeddedServer.open(properties.home());
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedServer server) {
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(EmbeddedServer.OWNER);
		dataSource.setPassword(server.password());
		dataSource.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
		// The load lock, the load's step (one per ingest lane), Spring Batch's repository
		// and the indicators step's
		// parallel facts (one connection each).
		dataSource.setMaximumPoolSize(8);
		dataSource.setPoolName("vocstat-embedded");
		server.onUnexpectedExit(dataSource::serverDied);
		return dataSource;
	}

}
