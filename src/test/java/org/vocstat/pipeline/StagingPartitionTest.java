package org.vocstat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import org.vocstat.faults.FaultInjection;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * Staging is partitioned by batch: a file's rows go into its batch's partition while that
 * is still a table of its own, without index, and the partition is attached with its
 * primary key once the file is done. A per-batch read then reads that batch's partition
 * alone, however many batches the warehouse holds.
 */
@PostgresTest
@TestPropertySource(properties = "vocstat.ingest.chunk-size=1")
class StagingPartitionTest {

	private static final List<String> STAGING = List.of("stg_sms_school", "stg_sms_student", "stg_sms_graduate",
			"stg_tss_school", "stg_tss_student", "stg_tss_graduate", "stg_qrp_school", "stg_qrp_conditions",
			"stg_qrp_teacher", "stg_qrp_satisfaction", "stg_qrp_followup", "stg_qrp_training", "stg_qrp_award",
			"stg_qrp_exam", "stg_qrp_funding", "stg_qrp_region");

	@Autowired
	BatchLoader loader;

	@Autowired
	FaultInjection faults;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void emptyWarehouse() {
		Warehouses.truncateAll(jdbc);
	}

	@AfterEach
	void disarm() {
		faults.arm(null, 0);
	}

	@Test
	void aFileInProgressStaysDetachedWithoutIndexAndIsAttachedWithItsKeyWhenDone() {
		Path batch = new BatchFixture()
			.append("sms/students.csv",
					BatchFixture.smsStudent(BatchFixture.id("330402", "20070401", "003"), "男", "2007-04-01", "在籍", ""))
			.writeTo(folder);
		faults.arm("ingest.sms.students", 2);

		LoadOutcome failed = loader.load(batch, null, null, null);

		assertThat(failed.exitCode()).as(failed.verdict()).isEqualTo(ExitCode.FAILED_RESTARTABLE);
		long batchId = jdbc.sql("SELECT batch_id FROM batch").query(Long.class).single();
		String students = "stg_sms_student_b" + batchId;
		assertThat(attached(students)).isFalse();
		assertThat(indexes(students)).isEmpty();
		assertThat(count("SELECT count(*) FROM " + students)).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM stg_sms_student WHERE batch_id = " + batchId)).isZero();
		assertThat(attached("stg_sms_school_b" + batchId)).isTrue();
		assertThat(indexes("stg_sms_school_b" + batchId)).containsExactly("UNIQUE (file_id, line_no, batch_id)");

		LoadOutcome resumed = loader.load(batch, null, null, null);

		assertThat(resumed.exitCode()).as(resumed.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(attached(students)).isTrue();
		assertThat(indexes(students)).containsExactly("UNIQUE (file_id, line_no, batch_id)");
		assertThat(jdbc.sql("SELECT line_no FROM stg_sms_student WHERE batch_id = :b ORDER BY line_no")
			.param("b", batchId)
			.query(Long.class)
			.list()).containsExactly(2L, 3L, 4L);
		for (String table : STAGING) {
			assertThat(attached(table + "_b" + batchId)).as(table).isTrue();
		}
	}

	@Test
	void eachBatchHasItsOwnPartitionAndAPerBatchCountReadsOnlyThatOne() {
		LoadOutcome first = loader.load(new BatchFixture(2021).writeTo(folder.resolve("2021")), null, null, null);
		assertThat(first.exitCode()).as(first.verdict()).isEqualTo(ExitCode.SUCCESS);
		LoadOutcome second = loader.load(new BatchFixture(2022).writeTo(folder.resolve("2022")), null, null, null);
		assertThat(second.exitCode()).as(second.verdict()).isEqualTo(ExitCode.SUCCESS);
		List<Long> batches = jdbc.sql("SELECT batch_id FROM batch ORDER BY batch_id").query(Long.class).list();
		assertThat(batches).hasSize(2);

		for (String table : STAGING) {
			assertThat(jdbc.sql("""
					SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
					WHERE i.inhparent = to_regclass(:table) ORDER BY c.relname""")
				.param("table", table)
				.query(String.class)
				.list()).as(table).containsExactly(table + "_b" + batches.get(0), table + "_b" + batches.get(1));
		}
		String plan = String.join("\n",
				jdbc.sql("EXPLAIN SELECT count(*) FROM stg_sms_student WHERE batch_id = :b")
					.param("b", batches.get(1))
					.query(String.class)
					.list());
		assertThat(plan).containsPattern("stg_sms_student_b" + batches.get(1) + "\\b")
			.doesNotContainPattern("_b" + batches.get(0) + "\\b");
	}

	private boolean attached(String table) {
		return jdbc.sql("SELECT relispartition FROM pg_class WHERE oid = to_regclass(:table)")
			.param("table", table)
			.query(Boolean.class)
			.single();
	}

	/** The table's indexes, as their unique or plain column lists. */
	private List<String> indexes(String table) {
		return jdbc.sql("""
				SELECT CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END
				       || regexp_replace(pg_get_indexdef(i.indexrelid), '^.* USING btree ', '')
				FROM pg_index i WHERE i.indrelid = to_regclass(:table)""")
			.param("table", table)
			.query(String.class)
			.list();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
