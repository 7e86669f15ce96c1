package org.vocstat.ingest;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The header-alias table ingest maps export headers with: the shipped one plus, when
 * {@code vocstat.header-aliases} names a file, the site's own.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	HeaderAliases headerAliases(@Value("${vocstat.header-aliases:}") String siteTable) {
		return HeaderAliases.load(siteTable.isBlank() ? null : Path.of(siteTable));
	}

}
