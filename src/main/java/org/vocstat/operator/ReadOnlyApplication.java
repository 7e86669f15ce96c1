package org.vocstat.operator;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The application a read-only command starts: every module's beans (created only when the
 * command asks for them) and only the auto-configurations that reading the warehouse
 * needs: the data source, JDBC and transactions. Weighing the conditions of every other
 * auto-configuration (Batch, Flyway, the web server, security, templates, Jackson …) was
 * the largest part of such a command's start, while it uses none of them. The scan still
 * covers every module, so every module's settings are checked at start
 * ({@link SettingsCheckedAtStart}) as in the full application.
 *
 * <p>
 * Not itself a {@code @Configuration}: the full application's scan leaves it out, and it
 * leaves out the full application.
 */
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
		JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
		DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class })
@ComponentScan(basePackages = "org.vocstat",
		excludeFilters = { @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class),
				@ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class) })
class ReadOnlyApplication {

	/**
	 * A read-only command uses one connection at a time: a pool kept filled to its full
	 * size would open (and authenticate) connections in the background that the command
	 * never uses, while it is starting.
	 */
	@Bean
	static BeanPostProcessor oneIdleConnection() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof HikariDataSource pool && !pool.isRunning()) {
					pool.setMinimumIdle(1);
				}
				return bean;
			}
		};
	}

}
