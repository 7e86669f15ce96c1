package org.vocstat.database;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database's settings and what depends on them only, whichever server vocstat runs on
 * (the embedded server has a configuration of its own:
 * {@link EmbeddedDatabaseConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	@Bean
	SqlMemory sqlMemory(JdbcClient jdbc, DatabaseProperties properties) {
		return new SqlMemory(jdbc, properties.sql().workMem());
	}

}
