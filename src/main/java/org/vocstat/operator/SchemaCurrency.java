package org.vocstat.operator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether the warehouse's schema is already at this build's latest migration, checked in
 * one query instead of Flyway's validation: a read-only command on a current schema needs
 * no migration, and skipping Flyway saves it a good part of its start. A schema behind
 * the build, a failed migration or no schema at all is not current: the command then
 * starts as every other does, migrating first.
 */
final class SchemaCurrency {

	/** Versioned migrations, SQL or Java (a compiled class is a resource too). */
	private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.(?:sql|class)");

	private static final Comparator<List<Integer>> VERSION_ORDER = (a, b) -> {
		for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
			int order = Integer.compare(i < a.size() ? a.get(i) : 0, i < b.size() ? b.get(i) : 0);
			if (order != 0) {
				return order;
			}
		}
		return 0;
	};

	private SchemaCurrency() {
	}

	static boolean current(ApplicationContext context) {
		Optional<List<Integer>> latest = latestMigration(context);
		if (latest.isEmpty()) {
			return false;
		}
		JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
		boolean historyExists = jdbc.sql("SELECT to_regclass('flyway_schema_history') IS NOT NULL")
			.query(Boolean.class)
			.single();
		if (!historyExists) {
			return false;
		}
		List<String> applied = jdbc
			.sql("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success")
			.query(String.class)
			.list();
		boolean failed = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success")
			.query(Long.class)
			.single() > 0;
		return !failed && applied.stream()
			.map(SchemaCurrency::version)
			.max(VERSION_ORDER)
			.filter(version -> VERSION_ORDER.compare(version, latest.get()) >= 0)
			.isPresent();
	}

	private static Optional<List<Integer>> latestMigration(ApplicationContext context) {
		try {
			List<List<Integer>> versions = new ArrayList<>();
			for (Resource resource : context.getResources("classpath*:db/migration/V*")) {
				Matcher matcher = MIGRATION.matcher(String.valueOf(resource.getFilename()));
				if (matcher.matches()) {
					versions.add(version(matcher.group(1)));
				}
			}
			return versions.stream().max(VERSION_ORDER);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the migrations", ex);
		}
	}

	private static List<Integer> version(String text) {
		return Arrays.stream(text.split("[._]")).map(Integer::valueOf).toList();
	}

}
