package org.vocstat.faults;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Fault injection exists only when {@code vocstat.fault.step} is set (blank too, for
 * tests that arm it at run time): otherwise no step is given its listener, and a
 * production run has no fault-injection point at all.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "vocstat.fault.step")
@EnableConfigurationProperties(FaultProperties.class)
class FaultConfiguration {

	@Bean
	FaultInjection faultInjection(FaultProperties properties) {
		return new FaultInjection(properties.step(), properties.afterChunks(), properties.mode());
	}

}
