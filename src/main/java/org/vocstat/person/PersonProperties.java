package org.vocstat.person;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the identity-hash key file lives when {@code VOCSTAT_HASH_KEY} does not give the
 * key: {@code hash.key} in the vocstat home ({@code vocstat.home}).
 *
 * @param home the vocstat home folder
 */
@ConfigurationProperties("vocstat")
@Validated
record PersonProperties(@NotNull Path home) {

	Path keyFile() {
		return home.resolve("hash.key");
	}

}
