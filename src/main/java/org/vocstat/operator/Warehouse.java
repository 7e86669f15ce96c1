package org.vocstat.operator;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.vocstat.VocstatApplication;

/**
 * The running application behind a command that needs the database: starts Spring (and with it the embedded
 * PostgreSQL and Flyway's migrations) for the command's duration.
 */
final class Warehouse implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private Warehouse(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static Warehouse open(VocstatCommand root) {
		try {
			List<String> args = new ArrayList<>();
			args.add("--vocstat.home=" + root.home().toAbsolutePath());
			args.addAll(root.springArgs());
			return new Warehouse(new SpringApplicationBuilder(VocstatApplication.class).run(args.toArray(String[]::new)));
		}
		catch (RuntimeException ex) {
			throw new ConfigurationProblem("cannot open the warehouse database: " + Problems.describe(ex), ex);
		}
	}

	<T> T get(Class<T> type) {
		return context.getBean(type);
	}

	@Override
	public void close() {
		context.close();
	}

}
