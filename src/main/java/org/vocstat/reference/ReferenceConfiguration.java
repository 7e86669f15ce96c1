package org.vocstat.reference;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reference data: the shipped major catalogue and GB/T 2260 区划 reference, or a site's
 * own when {@code vocstat.major-catalogue} or {@code vocstat.region-reference} names a
 * file.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReferenceProperties.class)
class ReferenceConfiguration {

	@Bean
	MajorCatalogue majorCatalogue(ReferenceProperties properties) {
		return MajorCatalogue.load(properties.majorCatalogue());
	}

	@Bean
	RegionReference regionReference(ReferenceProperties properties) {
		return RegionReference.load(properties.regionReference());
	}

}
