package org.vocstat.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.vocstat.support.ScratchDatabase;

/** The working memory is raised for the transaction that asks, and for it alone. */
class SqlMemoryTest {

	@Test
	void raisesWorkAndMaintenanceMemoryUntilTheTransactionEnds() {
		try (ScratchDatabase database = ScratchDatabase.create("sql_memory")) {
			JdbcClient jdbc = database.jdbc();
			SqlMemory memory = new SqlMemory(jdbc, "300MB");
			TransactionTemplate transaction = new TransactionTemplate(
					new DataSourceTransactionManager(database.dataSource()));
			String before = settings(jdbc);

			String during = transaction.execute(status -> {
				memory.raiseForTransaction();
				return settings(jdbc);
			});

			assertThat(during).isEqualTo("300MB 300MB");
			assertThat(settings(jdbc)).isEqualTo(before).isNotEqualTo(during);
		}
	}

	private static String settings(JdbcClient jdbc) {
		return jdbc.sql("SELECT current_setting('work_mem') || ' ' || current_setting('maintenance_work_mem')")
			.query(String.class)
			.single();
	}

}
