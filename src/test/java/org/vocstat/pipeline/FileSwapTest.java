package org.vocstat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import org.vocstat.faults.FaultInjection;
import org.vocstat.samples.WorkbookExport;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * A file is loaded only as the run registered it: each file is hashed as it is read and
 * compared at its end with the SHA-256 check-batch registered. A file rewritten while it
 * loads, or replaced before its step reads it, fails its step (exit 3, naming it), leaves
 * none of its rows behind, and its run is refused on restart. One lane and a pause (fault
 * injection) make the moment of the swap certain.
 */
@PostgresTest
@TestPropertySource(
		properties = { "vocstat.ingest.chunk-size=1", "vocstat.fault.mode=pause", "vocstat.ingest.lanes=1" })
class FileSwapTest {

	private static final Charset GB18030 = Charset.forName("GB18030");

	@Autowired
	BatchLoader loader;

	@Autowired
	RunRecovery recovery;

	@Autowired
	FaultInjection faults;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	private CompletableFuture<LoadOutcome> load;

	@BeforeEach
	void emptyWarehouse() {
		Warehouses.truncateAll(jdbc);
	}

	@AfterEach
	void disarm() throws Exception {
		faults.arm(null, 0);
		faults.release();
		if (load != null) {
			load.get(2, TimeUnit.MINUTES);
		}
	}

	@Test
	void aFileRewrittenBetweenItsOwnChunksFailsItsStepAndLeavesNoneOfItsRows() throws Exception {
		BatchFixture fixture = new BatchFixture();
		// More than the reader buffers (2 x 64 KiB), so that what follows the pause is
		// read from the file afterwards.
		for (int i = 0; i < 1500; i++) {
			String day = i < 1000 ? "05" : "06";
			fixture.append("sms/students.csv",
					BatchFixture.smsStudent(BatchFixture.id("330402", "200705" + day, String.format("%03d", i % 1000)),
							"男", "2007-05-" + day, "在籍", ""));
		}
		Path batch = fixture.writeTo(folder);
		Path students = batch.resolve("sms/students.csv");
		assertThat(Files.size(students)).isGreaterThan(3 << 16);

		LoadOutcome failed = loadSwappingAt("ingest.sms.students", 3, () -> {
			String text = Files.readString(students, GB18030);
			int last = text.lastIndexOf(",在籍,");
			Files.writeString(students, text.substring(0, last) + ",退学," + text.substring(last + 4), GB18030);
		});

		assertThat(failed.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(failed.verdict()).startsWith("sms/students.csv changed while it was being loaded (SHA-256 ")
			.doesNotContain("\n");
		long file = fileId("sms.students");
		assertThat(count("SELECT count(*) FROM stg_sms_student_b" + batchId() + " WHERE file_id = " + file)).isZero();
		assertThat(count("SELECT count(*) FROM quarantine WHERE file_id = " + file)).isZero();
		assertThat(jdbc.sql("""
				SELECT status || ' ' || rows_read || '/' || rows_loaded || '/' || rows_quarantined FROM step_audit
				WHERE step_name = 'ingest.sms.students'""").query(String.class).single()).isEqualTo("FAILED 0/0/0");
		assertRefusedOnRestart(failed, "sms/students.csv");
	}

	@Test
	void aWorkbookRewrittenWhileItsRowsAreReadFailsItsStepAndLeavesNoneOfItsRows() throws Exception {
		BatchFixture fixture = new BatchFixture();
		for (int i = 0; i < 1500; i++) {
			String day = i < 1000 ? "05" : "06";
			fixture.append("sms/students.csv",
					BatchFixture.smsStudent(BatchFixture.id("330402", "200705" + day, String.format("%03d", i % 1000)),
							"男", "2007-05-" + day, "在籍", ""));
		}
		Path batch = fixture.writeTo(folder);
		WorkbookExport.convert(batch, List.of("sms/students"), "xlsx");
		Path students = batch.resolve("sms/students.xlsx");

		// Bytes added after the zip's end leave its parts readable: only the file's hash
		// and modification time tell.
		LoadOutcome failed = loadSwappingAt("ingest.sms.students", 3,
				() -> Files.write(students, new byte[] { 0 }, StandardOpenOption.APPEND));

		assertThat(failed.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(failed.verdict()).startsWith("sms/students.xlsx changed while it was being loaded (SHA-256 ")
			.doesNotContain("\n");
		long file = fileId("sms.students");
		assertThat(count("SELECT count(*) FROM stg_sms_student_b" + batchId() + " WHERE file_id = " + file)).isZero();
		assertThat(count("SELECT count(*) FROM quarantine WHERE file_id = " + file)).isZero();
		assertRefusedOnRestart(failed, "sms/students.xlsx");
	}

	@Test
	void aFileReplacedBeforeItsStepReadsItFailsThatStepAndItsValuesNeverLoad() throws Exception {
		Path batch = new BatchFixture().withSmsStudents(3, 5, "50", "男").writeTo(folder);
		Path region = batch.resolve("qrp/region.csv");

		LoadOutcome failed = loadSwappingAt("ingest.sms.students", 2,
				() -> Files.writeString(region, Files.readString(region).replace(",19597,", ",1019597,")));

		assertThat(failed.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(failed.verdict()).startsWith("qrp/region.csv changed while it was being loaded (SHA-256 ");
		assertThat(Warehouses.stepStatuses(jdbc, "ingest.sms.students")).containsExactly("COMPLETED");
		assertThat(Warehouses.stepStatuses(jdbc, "ingest.qrp.region")).containsExactly("FAILED");
		assertThat(count("SELECT count(*) FROM stg_qrp_region")).isZero();
		assertThat(count("SELECT count(*) FROM quarantine WHERE file_id = " + fileId("qrp.region"))).isZero();
		assertThat(count("SELECT count(*) FROM batch WHERE loaded_at IS NOT NULL")).isZero();
		assertRefusedOnRestart(failed, "qrp/region.csv");
	}

	/**
	 * Loads the batch in the background, runs {@code swap} while {@code step} is halted
	 * after that many chunks.
	 */
	private LoadOutcome loadSwappingAt(String step, int afterChunks, Swap swap) throws Exception {
		Path batch = folder;
		faults.arm(step, afterChunks);
		load = CompletableFuture.supplyAsync(() -> loader.load(batch, null, null, null));
		await().atMost(Duration.ofMinutes(1)).until(faults::paused);
		swap.run();
		faults.release();
		return load.get(2, TimeUnit.MINUTES);
	}

	private void assertRefusedOnRestart(LoadOutcome failed, String path) {
		LoadOutcome restarted = recovery.restart(failed.jobExecutionId());

		assertThat(restarted.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(restarted.verdict()).contains(path).contains("changed since the run began");
	}

	private long batchId() {
		return count("SELECT batch_id FROM batch");
	}

	private long fileId(String kind) {
		return count("SELECT file_id FROM source_file WHERE kind = '" + kind + "'");
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/** A change to the batch's files made while a step is halted. */
	private interface Swap {

		void run() throws Exception;

	}

}
