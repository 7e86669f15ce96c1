package org.vocstat.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.vocstat.database.SqlMemory;
import org.vocstat.database.TableStatistics;
import org.vocstat.ingest.FileKind;
import org.vocstat.support.ScratchDatabase;
import org.vocstat.support.WarehouseRows;
import org.vocstat.validation.RowSchema;

/**
 * A load that stopped mid-file before an upgrade, resumed after it: a batch partly staged
 * before V8 has its partition from the migration, attached and keyed, and the file
 * finishes there; a partition a stopped load left detached that a later migration did not
 * change is refused with the column, before any row is sent.
 */
class StagingStoreUpgradeTest {

	private static final RowSchema SCHOOLS = FileKind.SMS_SCHOOLS.schema();

	@Test
	void aFilePartlyStagedBeforeVersion8FinishesInThePartitionTheMigrationGaveIt() {
		try (ScratchDatabase database = ScratchDatabase.create("staging_resume")) {
			JdbcClient jdbc = database.migrateTo("7").jdbc();
			long batch = WarehouseRows.batch(jdbc, "a");
			long file = WarehouseRows.file(jdbc, batch, "sms.schools", "sms/schools.csv");
			school(jdbc, "stg_sms_school", batch, file, 2);
			database.migrate();
			StagingStore store = new StagingStore(database.dataSource(), jdbc, new SqlMemory(jdbc, "64MB"),
					new TableStatistics(jdbc));

			store.preparePartition(SCHOOLS, batch);
			school(jdbc, "stg_sms_school_b" + batch, batch, file, 3);
			// In a transaction, as the file's last chunk finishes it.
			FileTotals totals = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()))
				.execute(status -> store.finishFile(SCHOOLS, file, batch));

			assertThat(totals.loaded() + " loaded, " + totals.duplicates() + " duplicate")
				.isEqualTo("1 loaded, 1 duplicate");
			assertThat(jdbc.sql("SELECT line_no FROM stg_sms_school WHERE batch_id = :b")
				.param("b", batch)
				.query(Long.class)
				.list()).containsExactly(2L);
			assertThat(jdbc.sql("SELECT line_no FROM quarantine WHERE file_id = :f")
				.param("f", file)
				.query(Long.class)
				.list()).containsExactly(3L);
		}
	}

	@Test
	void aDetachedPartitionThatALaterMigrationLeftBehindIsRefusedWithItsColumn() {
		try (ScratchDatabase database = ScratchDatabase.create("staging_drift")) {
			JdbcClient jdbc = database.jdbc();
			database.migrate();
			StagingStore store = new StagingStore(database.dataSource(), jdbc, new SqlMemory(jdbc, "64MB"),
					new TableStatistics(jdbc));
			store.preparePartition(SCHOOLS, 77);
			// A later migration changing the staging table reaches the table and its
			// attached partitions only.
			jdbc.sql("ALTER TABLE stg_sms_school ALTER COLUMN school_name TYPE VARCHAR(200)").update();

			assertThatThrownBy(() -> store.preparePartition(SCHOOLS, 77)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("stg_sms_school_b77")
				.hasMessageContaining("(columns school_name)");
		}
	}

	/** A staged row of the fixture school, as the load COPYs it. */
	private static void school(JdbcClient jdbc, String table, long batch, long file, long line) {
		jdbc.sql(
				"""
						INSERT INTO %s (batch_id, file_id, line_no, line_sha256, school_code, school_name, county_code, admin_code,
						    ownership, school_type, status)
						VALUES (:batch, :file, :line, convert_to('line ' || :line, 'UTF8'), '3633000001', '嘉兴测试中等专业学校', '330402',
						        '330400', '公办', '中等专业学校', '正常')"""
					.formatted(table))
			.param("batch", batch)
			.param("file", file)
			.param("line", line)
			.update();
	}

}
