package org.vocstat.person;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The identity hasher, keyed with {@code VOCSTAT_HASH_KEY} or else the key file in the
 * vocstat home; defined here because the key is personal-data machinery that only this
 * module may handle.
 */
@Configuration(proxyBeanMethods = false)
class PersonConfiguration {

	@Bean
	IdentityHasher identityHasher(@Value("${vocstat.home}") String home) {
		return new IdentityHasher(
				HashKeyStore.load(System.getenv(HashKeyStore.ENVIRONMENT_VARIABLE), Path.of(home, "hash.key")));
	}

}
