package org.vocstat.reference;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The major catalogue: the shipped one, or the site's own when {@code vocstat.major-catalogue} names a file. */
@Configuration(proxyBeanMethods = false)
class ReferenceConfiguration {

	@Bean
	MajorCatalogue majorCatalogue(@Value("${vocstat.major-catalogue:}") String siteCatalogue) {
		return MajorCatalogue.load(siteCatalogue.isBlank() ? null : Path.of(siteCatalogue));
	}

}
