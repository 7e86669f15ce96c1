package org.vocstat.operating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import org.vocstat.faults.FaultInjection;
import org.vocstat.indicator.FigureQueries;
import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * A failure injected (by configuration) into each step, then the same load run again:
 * completed steps are not redone, the failed one resumes, and the warehouse ends
 * identical to that of a run that never failed — the same staged and quarantined rows,
 * conserved per file, and the same figures. Chunks of one row make every row a
 * checkpoint.
 */
@PostgresTest
@TestPropertySource(properties = "vocstat.ingest.chunk-size=1")
class FaultRecoveryTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	FaultInjection faults;

	@Autowired
	FigureQueries figures;

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

	@ParameterizedTest(name = "fault in {0} after {1} chunks")
	@CsvSource({ "check-batch, 0", "ingest.sms.schools, 0", "ingest.sms.students, 2", "ingest.sms.students@finish, 0",
			"ingest.sms.students@worker, 1", "ingest.tss.graduates, 0", "ingest.qrp.region, 0", "reconcile, 0",
			"complete-batch, 0", "indicators, 0" })
	void aRunThatFailedInAStepAndWasRunAgainEqualsACleanRun(String step, int afterChunks) {
		Path batch = new BatchFixture().writeTo(folder);
		Warehouse clean = loadAndDescribe(batch);
		Warehouses.truncateAll(jdbc);

		faults.arm(step, afterChunks);
		LoadOutcome failed = loader.load(batch, null, null, null);
		assertThat(failed.exitCode()).as(failed.verdict()).isEqualTo(ExitCode.FAILED_RESTARTABLE);
		assertThat(failed.verdict()).contains("injected fault");

		LoadOutcome resumed = loader.load(batch, null, null, null);

		assertThat(resumed.exitCode()).as(resumed.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(describe()).isEqualTo(clean);
		assertThat(jdbc.sql("SELECT count(*) FROM step_audit WHERE step_name = :step AND status = 'FAILED'")
			.param("step", step.replaceAll("@.*", ""))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc
			.sql("SELECT count(*) FROM step_audit WHERE step_name = 'ingest.sms.schools' AND status = 'COMPLETED'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aFileTruncatedMidRowInABatchWithAManifestIsRefusedAndNothingLoads() throws Exception {
		Path batch = new BatchFixture().writeTo(folder);
		truncateLastRow(batch.resolve("sms/students.csv"));

		LoadOutcome outcome = loader.load(batch, null, null, null);

		assertThat(outcome.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(outcome.verdict()).contains("sms/students.csv: SHA-256 is");
		assertThat(jdbc.sql("SELECT count(*) FROM stg_sms_student").query(Long.class).single()).isZero();
	}

	@Test
	void aFileTruncatedMidRowWithoutAManifestQuarantinesTheBrokenRowAndConserves() throws Exception {
		Path batch = new BatchFixture().withoutManifest().writeTo(folder);
		truncateLastRow(batch.resolve("sms/students.csv"));

		LoadOutcome outcome = loader.load(batch, "330400", 2022, null);

		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		// Cut mid-row, the last record is short (CSV_COLUMNS) or ends inside a multi-byte
		// character (ENCODING).
		assertThat(jdbc.sql("SELECT array_to_string(rules, ';') FROM quarantine").query(String.class).single())
			.isIn("CSV_COLUMNS", "ENCODING");
		assertThat(jdbc.sql("SELECT count(*) FROM step_audit WHERE rows_read <> rows_loaded + rows_quarantined")
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * Everything a load leaves: staged rows, quarantine, audit conservation and the
	 * figures as the CLI lists them.
	 */
	private Warehouse describe() {
		List<String> staged = jdbc
			.sql("""
					SELECT 'sms ' || line_no || ' ' || encode(line_sha256, 'hex') || ' ' || id_hash FROM stg_sms_student
					UNION ALL SELECT 'tss ' || line_no || ' ' || encode(line_sha256, 'hex') FROM stg_tss_student
					UNION ALL SELECT 'grad ' || line_no || ' ' || encode(line_sha256, 'hex') FROM stg_tss_graduate
					UNION ALL SELECT 'region ' || line_no || ' ' || encode(line_sha256, 'hex') FROM stg_qrp_region
					UNION ALL SELECT 'quarantine ' || file_id || ':' || line_no || ' ' || array_to_string(rules, ';') FROM quarantine
					UNION ALL SELECT 'ledger ' || file_id || ':' || line_no || ' ' || class FROM person_ledger
					ORDER BY 1""")
			.query(String.class)
			.list();
		List<String> conserved = jdbc
			.sql("""
					SELECT f.path || ' ' || bool_and(a.rows_read = a.rows_loaded + a.rows_quarantined AND a.rows_read = f.rows)
					FROM step_audit a JOIN source_file f USING (file_id) WHERE a.status = 'COMPLETED' GROUP BY f.path ORDER BY 1""")
			.query(String.class)
			.list();
		return new Warehouse(staged, conserved,
				figures.figures("330400", "AY2022", null).toString() + figures.figures("330400", "CY2023", null));
	}

	private Warehouse loadAndDescribe(Path batch) {
		assertThat(loader.load(batch, null, null, null).exitCode()).isEqualTo(ExitCode.SUCCESS);
		return describe();
	}

	private static void truncateLastRow(Path file) throws Exception {
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(bytes, bytes.length - 25));
		assertThat(new String(Files.readAllBytes(file), Charset.forName("GB18030"))).doesNotEndWith("\n");
	}

	private record Warehouse(List<String> staged, List<String> conserved, String figures) {
	}

}
