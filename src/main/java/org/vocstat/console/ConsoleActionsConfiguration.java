package org.vocstat.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The thread an operator's restart or rerun runs on: one, so two clicks never run two
 * loads side by side (the load lock would refuse the second anyway), closed with the
 * context.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleActionsConfiguration {

	static final String EXECUTOR = "consoleActionExecutor";

	@Bean(name = EXECUTOR, defaultCandidate = false)
	ThreadPoolTaskExecutor consoleActionExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix("console-action-");
		return executor;
	}

}
