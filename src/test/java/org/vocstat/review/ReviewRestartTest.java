package org.vocstat.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

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
 * The review step on the small hand-built batch (its technical school has a student and
 * no teacher rows, and no training): a load that fails in the review step and is
 * restarted, and a rerun, end with the same findings under the same ids.
 */
@PostgresTest
class ReviewRestartTest {

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

	@Autowired
	ReviewFindings review;

	@TempDir
	Path folder;

	@BeforeEach
	void emptyWarehouse() {
		Warehouses.truncateAll(jdbc);
	}

	@Test
	void aRestartedAndARerunLoadKeepTheFindingsAndTheirIds() {
		faults.arm("review", 0);
		LoadOutcome failed;
		try {
			failed = loader.load(new BatchFixture().writeTo(folder), null, null, null);
		}
		finally {
			faults.arm(null, 0);
		}
		assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED_RESTARTABLE);
		assertThat(jdbc.sql("SELECT count(*) FROM review_finding").query(Long.class).single()).isZero();

		LoadOutcome restarted = recovery.restart(failed.jobExecutionId());
		assertThat(restarted.exitCode()).as(restarted.verdict()).isEqualTo(ExitCode.SUCCESS);
		List<Finding> findings = review.findings("330400", "AY2022", null, null);
		assertThat(findings).extracting(f -> f.rule() + " " + f.scope())
			.contains("teachers.none_with_students school:" + BatchFixture.TSS_SCHOOL,
					"training.none_reported school:" + BatchFixture.TSS_SCHOOL);

		assertThat(recompute.rerun(failed.jobExecutionId(), "reconcile").exitCode()).isEqualTo(ExitCode.SUCCESS);
		assertThat(review.findings("330400", "AY2022", null, null)).isEqualTo(findings);
		assertThat(jdbc.sql("SELECT count(*) FROM review_finding").query(Long.class).single())
			.isEqualTo(findings.size());
	}

}
