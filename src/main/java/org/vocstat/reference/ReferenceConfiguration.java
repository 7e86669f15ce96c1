package org.vocstat.reference;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reference data: the shipped major catalogue and GB/T 2260 区划 reference, or a site's
 * own when {@code vocstat.major-catalogue} or {@code vocstat.region-reference} names a
 * file.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceConfiguration {

	@Bean
	MajorCatalogue majorCatalogue(@Value("${vocstat.major-catalogue:}") String siteCatalogue) {
		return MajorCatalogue.load(siteCatalogue.isBlank() ? null : Path.of(siteCatalogue));
	}

	@Bean
	RegionReference regionReference(@Value("${vocstat.region-reference:}") String siteReference) {
		return RegionReference.load(siteReference.isBlank() ? null : Path.of(siteReference));
	}

}
