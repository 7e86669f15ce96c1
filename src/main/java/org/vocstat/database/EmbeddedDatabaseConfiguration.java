package org.vocstat.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, runs PostgreSQL 17 from the bundled binaries with its data directory in
 * {@code <home>/pgdata}, kept between runs. Unlike a throwaway test server it runs with {@code fsync} and
 * {@code synchronous_commit} on: this is the warehouse itself, and a committed chunk must survive a power cut.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedServer(@Value("${vocstat.home}") String home) {
		return EmbeddedServer.open(Path.of(home));
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername("postgres");
		// The load lock, the load's step (one per ingest lane), Spring Batch's repository, the reconcile step's
		// second connection and the indicators step's parallel facts (one connection each).
		dataSource.setMaximumPoolSize(8);
		dataSource.setPoolName("vocstat-embedded");
		return dataSource;
	}

}
