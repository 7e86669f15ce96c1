package org.vocstat.operating;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.VocstatApplication;
import org.vocstat.operator.VocstatCli;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.TestPaths;
import org.vocstat.support.Warehouses;

/**
 * A run restarts by its steps' names, whatever shape the job had when it failed: a load
 * that failed mid-file with one lane resumes with two, redoing nothing that completed.
 * That is also what a run left failed by a version without lanes (every step in turn)
 * meets after an upgrade.
 */
@PostgresTest
class LaneChangeRestartTest {

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void emptyWarehouse() {
		Warehouses.truncateAll(jdbc);
	}

	@Test
	void aRunThatFailedInOneLaneResumesInTwoWithoutRedoingAnything() {
		BatchFixture fixture = new BatchFixture();
		for (int i = 1; i <= 3; i++) {
			fixture.append("tss/students.csv", BatchFixture.tssStudent("T202240" + i,
					BatchFixture.id("330411", "2007070" + i, "70" + i), "200707"));
		}
		Path batch = fixture.writeTo(folder);

		assertThat(load(batch, "--vocstat.ingest.lanes=1", "--vocstat.ingest.chunk-size=1",
				"--vocstat.fault.step=ingest.tss.students", "--vocstat.fault.after-chunks=2"))
			.isEqualTo(1);
		// One at a time: the files before tss students completed, those after it never
		// started.
		assertThat(statuses("ingest.sms.graduates")).containsExactly("COMPLETED");
		assertThat(statuses("ingest.tss.students")).containsExactly("FAILED");
		assertThat(statuses("ingest.tss.graduates")).isEmpty();

		assertThat(load(batch, "--vocstat.ingest.lanes=2", "--vocstat.ingest.chunk-size=1")).isZero();

		assertThat(statuses("ingest.sms.students")).containsExactly("COMPLETED");
		assertThat(statuses("ingest.sms.graduates")).containsExactly("COMPLETED");
		assertThat(statuses("ingest.tss.students")).containsExactly("FAILED", "COMPLETED");
		assertThat(statuses("ingest.tss.graduates")).containsExactly("COMPLETED");
		assertThat(jdbc.sql("SELECT count(*) FROM stg_tss_student").query(Long.class).single()).isEqualTo(4);
		assertThat(Warehouses.unconservedFiles(jdbc)).isZero();
	}

	/**
	 * {@code vocstat load} in a context of its own, with {@code options}; its exit code.
	 */
	private static int load(Path batch, String... options) {
		List<String> args = new ArrayList<>(List.of("load", batch.toString()));
		args.addAll(List.of(options));
		args.addAll(List.of(TestPaths.springArgs()));
		StringWriter out = new StringWriter();
		return VocstatCli.execute(VocstatApplication.class, args.toArray(String[]::new), new PrintWriter(out, true),
				new PrintWriter(new StringWriter(), true));
	}

	private List<String> statuses(String step) {
		return Warehouses.stepStatuses(jdbc, step);
	}

}
