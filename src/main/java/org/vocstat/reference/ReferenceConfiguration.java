package org.vocstat.reference;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The 区划 reference from configuration: the shipped GB/T 2260 file or the site's ({@code vocstat.region-reference}). */
@Configuration(proxyBeanMethods = false)
class ReferenceConfiguration {

	@Bean
	RegionReference regionReference(@Value("${vocstat.region-reference:}") String siteReference) {
		return RegionReference.load(siteReference.isBlank() ? null : Path.of(siteReference));
	}

}
