package org.vocstat.operator;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every module's settings are bound and validated when vocstat starts, even in the lazy
 * context a read-only command starts ({@link Warehouse}): a bad value is one line and
 * exit 2 at once, whichever command meets it, never a surprise in the middle of a later
 * one.
 */
@Configuration(proxyBeanMethods = false)
class SettingsCheckedAtStart {

	@Bean
	static LazyInitializationExcludeFilter settingsAreNotLazy() {
		return (name, definition, type) -> type != null && type.isAnnotationPresent(ConfigurationProperties.class);
	}

}
