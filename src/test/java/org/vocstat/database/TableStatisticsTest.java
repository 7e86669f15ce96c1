package org.vocstat.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.vocstat.support.ScratchDatabase;

/**
 * Tables are analysed at the lower statistics target, and nothing else in the transaction
 * is.
 */
class TableStatisticsTest {

	@Test
	void analysesAtTheLowerTargetAndLeavesTheTransactionsTargetAsItWas() {
		try (ScratchDatabase database = ScratchDatabase.create("table_statistics")) {
			JdbcClient jdbc = database.jdbc();
			jdbc.sql("CREATE TABLE written (spread int, own_target int)").update();
			jdbc.sql("INSERT INTO written SELECT i % 1000, i % 1000 FROM generate_series(1, 100000) i").update();
			// A column's own statistics target is someone's decision: it still counts.
			jdbc.sql("ALTER TABLE written ALTER COLUMN own_target SET STATISTICS 200").update();
			TransactionTemplate transaction = new TransactionTemplate(
					new DataSourceTransactionManager(database.dataSource()));
			String targetBefore = target(jdbc);

			String targetAfter = transaction.execute(status -> {
				new TableStatistics(jdbc).analyse(List.of("written"));
				return target(jdbc);
			});

			assertThat(targetAfter).isEqualTo(targetBefore).isNotEqualTo(String.valueOf(TableStatistics.TARGET));
			// 1,000 values evenly spread: a histogram of as many buckets as the target
			// allows.
			assertThat(histogramBounds(jdbc, "spread")).isEqualTo(TableStatistics.TARGET + 1);
			assertThat(histogramBounds(jdbc, "own_target")).isEqualTo(201);
			assertThat(
					jdbc.sql("SELECT reltuples FROM pg_class WHERE relname = 'written'").query(Double.class).single())
				.isEqualTo(100_000.0);
		}
	}

	@Test
	void refusesToAnalyseOutsideATransaction() {
		try (ScratchDatabase database = ScratchDatabase.create("table_statistics_outside")) {
			JdbcClient jdbc = database.jdbc();
			jdbc.sql("CREATE TABLE written (spread int)").update();

			assertThatThrownBy(() -> new TableStatistics(jdbc).analyse(List.of("written")))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("inside a transaction");
		}
	}

	private static String target(JdbcClient jdbc) {
		return jdbc.sql("SELECT current_setting('default_statistics_target')").query(String.class).single();
	}

	private static int histogramBounds(JdbcClient jdbc, String column) {
		return jdbc.sql("""
				SELECT array_length(histogram_bounds::text::int[], 1) FROM pg_stats
				WHERE tablename = 'written' AND attname = :column""")
			.param("column", column)
			.query(Integer.class)
			.single();
	}

}
