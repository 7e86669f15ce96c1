package org.vocstat.person;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The identity hasher, keyed with {@code VOCSTAT_HASH_KEY} or else the key file in the
 * vocstat home; defined here because the key is personal-data machinery that only this
 * module may handle.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonProperties.class)
class PersonConfiguration {

	@Bean
	IdentityHasher identityHasher(PersonProperties properties) {
		return new IdentityHasher(
				HashKeyStore.load(System.getenv(HashKeyStore.ENVIRONMENT_VARIABLE), properties.keyFile()));
	}

}
