package org.vocstat.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.vocstat.support.PostgresTest;

/**
 * A batch's partition built detached, attached with its key, and swapped whole with the
 * partitions of its own, on a table of the test's partitioned like the ledger.
 */
@PostgresTest
class BatchPartitionsTest {

	private static final TableName PROBE = new TableName("partitions_probe");

	@Autowired
	BatchPartitions partitions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void probe() {
		jdbc.sql(
				"""
						CREATE TABLE partitions_probe (batch_id BIGINT NOT NULL, file_id BIGINT NOT NULL, line_no BIGINT NOT NULL,
						    note TEXT NOT NULL DEFAULT 'none' CHECK (note <> ''), PRIMARY KEY (batch_id, file_id, line_no))
						PARTITION BY LIST (batch_id)""")
			.update();
	}

	@AfterEach
	void dropProbe() {
		jdbc.sql("DROP TABLE IF EXISTS partitions_probe, partitions_probe_b2_new CASCADE").update();
	}

	@Test
	void aBatchsTableStaysDetachedWithoutIndexUntilTheAttachBuildsItsKey() {
		TableName partition = BatchPartitions.partitionOf(PROBE, 1);
		partitions.build(PROBE, partition, 1);
		partitions.build(PROBE, partition, 1);
		jdbc.sql("INSERT INTO partitions_probe_b1 (batch_id, file_id, line_no) VALUES (1, 5, 1), (1, 5, 2)").update();

		assertThat(partitions.isAttached(partition)).isFalse();
		assertThat(indexes("partitions_probe_b1")).isEmpty();
		assertThat(count("partitions_probe")).isZero();

		partitions.attach(PROBE, partition, 1);

		assertThat(partitions.isAttached(partition)).isTrue();
		assertThat(indexes("partitions_probe_b1")).containsExactly("partitions_probe_b1_pkey");
		assertThat(count("partitions_probe")).isEqualTo(2);
	}

	@Test
	void aSwapReplacesTheBatchsPartitionAndItsOwnPartitionsAndNoOtherBatchs() {
		partitions.createAttached(PROBE, 1);
		partitions.createAttached(PROBE, 2);
		jdbc.sql(
				"INSERT INTO partitions_probe (batch_id, file_id, line_no, note) VALUES (1, 5, 1, 'old'), (2, 7, 1, 'old')")
			.update();
		TableName building = BatchPartitions.partitionOf(PROBE, 2).suffixed("_new");
		TableName files = building.suffixed("_files");

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql(
					"CREATE TABLE partitions_probe_b2_new_files AS SELECT 2::bigint AS batch_id, 7::bigint AS file_id, "
							+ "n::bigint AS line_no, 'new'::text AS note FROM generate_series(1, 3) n")
				.update();
			partitions.constrain(PROBE, files, 2, Map.of("_files", SqlTemplate.of("file_id IN (7)")));
			partitions.buildByFile(PROBE, building);
			partitions.attach(building, files, List.of(7L));
			partitions.swap(PROBE, 2, building);
		});

		assertThat(jdbc.sql("SELECT batch_id || ':' || line_no || note FROM partitions_probe ORDER BY 1")
			.query(String.class)
			.list()).containsExactly("1:1old", "2:1new", "2:2new", "2:3new");
		assertThat(jdbc.sql("""
				SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
				WHERE i.inhparent = 'partitions_probe_b2'::regclass""").query(String.class).list())
			.containsExactly("partitions_probe_b2_files");
		assertThat(jdbc
			.sql("SELECT conname FROM pg_constraint WHERE conrelid = 'partitions_probe_b2_files'::regclass "
					+ "AND contype = 'c' ORDER BY 1")
			.query(String.class)
			.list()).containsExactly("partitions_probe_b2_new_files_batch", "partitions_probe_b2_new_files_files",
					"partitions_probe_note_check");
		assertThat(jdbc
			.sql("SELECT column_default FROM information_schema.columns "
					+ "WHERE table_name = 'partitions_probe_b2_files' AND column_name = 'note'")
			.query(String.class)
			.single()).isEqualTo("'none'::text");
	}

	private List<String> indexes(String table) {
		return jdbc.sql("SELECT indexname FROM pg_indexes WHERE tablename = :table ORDER BY 1")
			.param("table", table)
			.query(String.class)
			.list();
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

}
