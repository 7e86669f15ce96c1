package org.vocstat.ingest;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.vocstat.person.HashKeyStore;
import org.vocstat.person.IdentityHasher;
import org.vocstat.reference.MajorCatalogue;

/**
 * The reference data and secrets ingest needs, from configuration: the header-alias table (plus a site's own), the
 * major catalogue (shipped or the site's), and the identity-hash key ({@code VOCSTAT_HASH_KEY} or a key file in the
 * vocstat home).
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	HeaderAliases headerAliases(@Value("${vocstat.header-aliases:}") String siteTable) {
		return HeaderAliases.load(siteTable.isBlank() ? null : Path.of(siteTable));
	}

	@Bean
	MajorCatalogue majorCatalogue(@Value("${vocstat.major-catalogue:}") String siteCatalogue) {
		return MajorCatalogue.load(siteCatalogue.isBlank() ? null : Path.of(siteCatalogue));
	}

	@Bean
	IdentityHasher identityHasher(@Value("${vocstat.home}") String home) {
		return new IdentityHasher(
				HashKeyStore.load(System.getenv(HashKeyStore.ENVIRONMENT_VARIABLE), Path.of(home, "hash.key")));
	}

}
