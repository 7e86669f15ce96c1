package org.vocstat.operating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import org.vocstat.faults.FaultInjection;
import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * A failure while a file is being finished (duplicates, counts, conservation) rolls back
 * the last chunk with its rows and its checkpoint together, so the rerun reads that chunk
 * again: nothing lost, nothing doubled. Chunks of four rows over six records make the
 * last chunk carry rows.
 */
@PostgresTest
@TestPropertySource(properties = "vocstat.ingest.chunk-size=4")
class FinishFailureTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	FaultInjection faults;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@AfterEach
	void disarm() {
		faults.arm(null, 0);
	}

	@Test
	void aFailureWhileFinishingAFileRollsBackItsLastChunkAndTheRerunCompletesIt() {
		Path batch = new BatchFixture().withSmsStudents(4, 5, "40", "男").writeTo(folder);
		Warehouses.truncateAll(jdbc);
		assertThat(loader.load(batch, null, null, null).exitCode()).isEqualTo(ExitCode.SUCCESS);
		List<String> clean = staged();
		Warehouses.truncateAll(jdbc);

		faults.arm("ingest.sms.students@finish", 0);
		LoadOutcome failed = loader.load(batch, null, null, null);

		assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED_RESTARTABLE);
		// Committed chunks stay in the batch's partition, not yet attached: the failed
		// finish would have attached it.
		long batchId = jdbc.sql("SELECT batch_id FROM batch").query(Long.class).single();
		assertThat(jdbc.sql("SELECT count(*) FROM stg_sms_student_b" + batchId).query(Long.class).single())
			.isEqualTo(4);
		assertThat(jdbc.sql("SELECT count(*) FROM stg_sms_student").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("""
				SELECT rows_read || '/' || rows_loaded FROM step_audit WHERE step_name = 'ingest.sms.students'""")
			.query(String.class)
			.single()).as("the audit of the failed step counts committed rows only").isEqualTo("4/4");

		LoadOutcome resumed = loader.load(batch, null, null, null);

		assertThat(resumed.exitCode()).as(resumed.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(staged()).isEqualTo(clean);
	}

	private List<String> staged() {
		return jdbc.sql("SELECT line_no || ' ' || encode(line_sha256, 'hex') FROM stg_sms_student ORDER BY line_no")
			.query(String.class)
			.list();
	}

}
