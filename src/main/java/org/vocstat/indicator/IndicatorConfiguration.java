package org.vocstat.indicator;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The indicator catalogue in force (the shipped one, or a site's folder given by
 * {@code vocstat.indicator-catalogue}) and the threads that measure facts side by side.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IndicatorProperties.class)
class IndicatorConfiguration {

	/** The executor's bean name, for {@link FigureCalculator}'s qualifier. */
	static final String MEASURE_EXECUTOR = "indicatorMeasureExecutor";

	@Bean
	IndicatorCatalog indicatorCatalog(IndicatorProperties properties) {
		return IndicatorCatalog.load(properties.indicatorCatalogue());
	}

	/**
	 * One thread per fact measured at once. Not a default candidate: it is
	 * {@link FigureCalculator}'s alone, and leaves Boot's application executor in place.
	 * Idle threads end, so a long {@code serve} holds none between nightly runs.
	 */
	@Bean(name = MEASURE_EXECUTOR, defaultCandidate = false)
	ThreadPoolTaskExecutor indicatorMeasureExecutor(IndicatorProperties properties, DataSource dataSource) {
		int threads = properties.indicators().threads(spareConnections(dataSource));
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("indicators-");
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setAllowCoreThreadTimeOut(true);
		return executor;
	}

	/**
	 * Connections the parallel facts may take: the pool's size less the step's own
	 * transaction and one for the job repository, or each fact beyond that would wait for
	 * a connection and could time out.
	 */
	private static int spareConnections(DataSource dataSource) {
		return dataSource instanceof HikariDataSource pool ? Math.max(1, pool.getMaximumPoolSize() - 2) : 1;
	}

}
