package org.vocstat.ingest;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Ingest's beans: its typed settings, the header-alias table it maps export headers with
 * (the shipped one plus, when {@code vocstat.header-aliases} names a file, the site's
 * own), and the threads that validate and encode records for every ingest step.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestConfiguration {

	/** The ingest steps' task executor. */
	static final String WORKERS = "ingestWorkers";

	@Bean
	HeaderAliases headerAliases(@Value("${vocstat.header-aliases:}") String siteTable) {
		return HeaderAliases.load(siteTable.isBlank() ? null : Path.of(siteTable));
	}

	/**
	 * One pool for the process, shared by the lanes: the step's own thread reads the file
	 * and feeds COPY, these decode, validate and encode the runs of records of its
	 * chunks. Daemons, so a step stuck past the graceful stop cannot keep the JVM alive;
	 * the context's close does not wait for them.
	 */
	@Bean(name = WORKERS)
	ThreadPoolTaskExecutor ingestWorkers(IngestProperties properties) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(properties.workerThreads());
		executor.setMaxPoolSize(properties.workerThreads());
		executor.setThreadNamePrefix("ingest-worker-");
		executor.setDaemon(true);
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

}
