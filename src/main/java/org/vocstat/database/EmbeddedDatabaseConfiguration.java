package org.vocstat.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, starts PostgreSQL 17 from the bundled binaries with its data directory in
 * {@code <home>/pgdata}, kept between runs. Unlike a throwaway test server it runs with {@code fsync} and
 * {@code synchronous_commit} on: this is the warehouse itself, and a committed chunk must survive a power cut.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${vocstat.home}") String home) {
		Path dataDirectory = Path.of(home).toAbsolutePath().resolve("pgdata");
		try {
			Files.createDirectories(dataDirectory.getParent());
			return EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("max_wal_size", "2GB")
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory
					+ " (is another vocstat using this home?): " + ex.getMessage(), ex);
		}
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(4);
		dataSource.setPoolName("vocstat-embedded");
		return dataSource;
	}

}
