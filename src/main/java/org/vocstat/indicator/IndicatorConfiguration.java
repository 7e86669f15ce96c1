package org.vocstat.indicator;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The indicator catalogue in force: the shipped one, or a site's folder given by
 * {@code vocstat.indicator-catalogue}.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorConfiguration {

	@Bean
	IndicatorCatalog indicatorCatalog(@Value("${vocstat.indicator-catalogue:}") String folder) {
		return IndicatorCatalog.load(folder.isBlank() ? null : Path.of(folder));
	}

}
