package org.vocstat.operating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.faults.FaultInjection;
import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.pipeline.Recompute;
import org.vocstat.pipeline.RunRecovery;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * {@code vocstat restart} resumes a failed run by id and refuses when an input changed
 * since the run began; {@code vocstat rerun --from} recomputes a loaded batch without
 * ingesting it again, once per set of definitions.
 */
@PostgresTest
class RestartAndRerunTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	RunRecovery recovery;

	@Autowired
	Recompute recompute;

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
	void restartResumesAFailedRunByItsId() {
		faults.arm("ingest.qrp.exams", 0);
		LoadOutcome failed = loader.load(new BatchFixture().writeTo(folder), null, null, null);
		assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED_RESTARTABLE);

		LoadOutcome restarted = recovery.restart(failed.jobExecutionId());

		assertThat(restarted.exitCode()).as(restarted.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(count("SELECT count(*) FROM step_audit WHERE step_name = 'ingest.sms.students'")).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM batch WHERE loaded_at IS NOT NULL")).isEqualTo(1);
	}

	@Test
	void restartIsRefusedWhenAnInputFileChangedSinceTheRunBegan() throws Exception {
		Path batch = new BatchFixture().writeTo(folder);
		faults.arm("ingest.qrp.exams", 0);
		LoadOutcome failed = loader.load(batch, null, null, null);
		Files.writeString(batch.resolve("qrp/funding.csv"), "学校代码,年度,财政专项拨款(万元)\n3633000001,2023,9999.99\n");

		LoadOutcome restarted = recovery.restart(failed.jobExecutionId());

		assertThat(restarted.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(restarted.verdict()).contains("qrp/funding.csv changed since the run began");
		assertThat(count("SELECT count(*) FROM stg_qrp_funding")).isZero();
	}

	@Test
	void rerunFromIndicatorsRecomputesWithoutIngestingAndOnlyOncePerDefinitions() {
		LoadOutcome loaded = loader.load(new BatchFixture().writeTo(folder), null, null, null);
		List<String> figures = figures();

		LoadOutcome rerun = recompute.rerun(loaded.jobExecutionId(), "indicators");
		LoadOutcome again = recompute.rerun(loaded.jobExecutionId(), "indicators");

		assertThat(rerun.exitCode()).as(rerun.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(rerun.verdict()).isEqualTo("recomputed from indicators");
		assertThat(again.verdict()).startsWith("already recomputed");
		assertThat(figures()).isEqualTo(figures);
		assertThat(count("SELECT count(*) FROM step_audit WHERE step_name = 'ingest.sms.students'")).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM step_audit WHERE step_name = 'indicators'")).isEqualTo(2);
	}

	@Test
	void rerunFromReconcileRederivesTheLedgerAndRejectsIngestSteps() {
		LoadOutcome loaded = loader.load(new BatchFixture().writeTo(folder), null, null, null);

		assertThat(recompute.rerun(loaded.jobExecutionId(), "reconcile").exitCode()).isEqualTo(ExitCode.SUCCESS);
		assertThat(count("SELECT count(*) FROM step_audit WHERE step_name = 'reconcile'")).isEqualTo(2);
		assertThat(recompute.rerun(loaded.jobExecutionId(), "ingest.sms.students").exitCode())
			.isEqualTo(ExitCode.USAGE);
	}

	private List<String> figures() {
		return jdbc.sql("SELECT indicator || scope || period || value || digest FROM figure ORDER BY 1")
			.query(String.class)
			.list();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
