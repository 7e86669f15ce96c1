package org.vocstat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * The load job on small hand-built batches: outcomes, exit codes, conservation and
 * refusals.
 */
@PostgresTest
class LoadJobTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void emptyWarehouse() {
		Warehouses.truncateAll(jdbc);
	}

	@Test
	void loadsAValidBatchAndAuditsEveryFile() {
		LoadOutcome outcome = loader.load(new BatchFixture().writeTo(folder), null, null, null);

		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(count("SELECT count(*) FROM stg_sms_student")).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM stg_qrp_region")).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM step_audit WHERE file_id IS NOT NULL AND status = 'COMPLETED'"))
			.isEqualTo(16);
		assertThat(count("SELECT count(*) FROM step_audit WHERE rows_read <> rows_loaded + rows_quarantined")).isZero();
		assertThat(count("SELECT count(*) FROM batch WHERE loaded_at IS NOT NULL")).isEqualTo(1);
	}

	@Test
	void loadingTheSameBatchAgainIsANoOpThatSaysSo() {
		Path batch = new BatchFixture().writeTo(folder);
		loader.load(batch, null, null, null);

		LoadOutcome again = loader.load(batch, null, null, null);

		assertThat(again.exitCode()).isEqualTo(ExitCode.SUCCESS);
		assertThat(again.verdict()).startsWith("already loaded");
		assertThat(count("SELECT count(*) FROM stg_sms_student")).isEqualTo(2);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
