package org.vocstat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.vocstat.ingest.FileKind;
import org.vocstat.ingest.LoadOrder;
import org.vocstat.samples.WorkbookExport;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * A load that fails mid-file and is run again resumes at its last committed chunk and
 * ends with exactly the rows a clean load has: none lost, none doubled. Chunks of one row
 * make every row its own checkpoint.
 */
@PostgresTest
@TestPropertySource(properties = { "vocstat.ingest.chunk-size=1", "vocstat.ingest.lanes=2" })
class LoadRestartTest {

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
	void restartAfterAFailureMidFileEqualsACleanLoad() {
		Path batch = batchWithSixStudents().writeTo(folder);
		List<String> clean = loadAndDump(batch);
		Warehouses.truncateAll(jdbc);

		faults.arm("ingest.sms.students", 3);
		LoadOutcome failed = loader.load(batch, null, null, null);
		assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED_RESTARTABLE);
		assertThat(failed.verdict()).contains("injected fault");
		// The file's rows so far, in its batch's partition (attached once the file is
		// done).
		long batchId = count("SELECT batch_id FROM batch");
		assertThat(count("SELECT count(*) FROM stg_sms_student_b" + batchId)).isEqualTo(3);
		assertThat(count("SELECT count(*) FROM stg_qrp_region")).isZero();

		LoadOutcome restarted = loader.load(batch, null, null, null);

		assertThat(restarted.exitCode()).as(restarted.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(restarted.jobExecutionId()).isNotEqualTo(failed.jobExecutionId());
		assertThat(dump()).isEqualTo(clean);
		assertThat(count("SELECT count(*) FROM step_audit WHERE step_name = 'check-batch'")).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM step_audit WHERE step_name = 'ingest.sms.schools'")).isEqualTo(1);
		assertThat(jdbc
			.sql("SELECT status FROM step_audit WHERE step_name = 'ingest.sms.students' ORDER BY step_execution_id")
			.query(String.class)
			.list()).containsExactly("FAILED", "COMPLETED");
		assertThat(jdbc.sql("""
				SELECT rows_read || '/' || rows_loaded || '/' || rows_quarantined FROM step_audit
				WHERE step_name = 'ingest.sms.students' AND status = 'COMPLETED'""").query(String.class).single())
			.isEqualTo("6/6/0");
	}

	@Test
	void aFailureInOneLaneLetsTheOtherLaneFinishAndTheRestartRunsOnlyWhatDidNot() {
		Path batch = batchWithSixStudents().writeTo(folder);
		List<String> clean = loadAndDump(batch);
		Warehouses.truncateAll(jdbc);
		List<List<FileKind>> lanes = LoadOrder.lanes(2);
		FileKind failing = FileKind.TSS_STUDENTS;
		int failingLane = lanes.get(0).contains(failing) ? 0 : 1;
		List<FileKind> before = lanes.get(failingLane).subList(0, lanes.get(failingLane).indexOf(failing));
		List<FileKind> after = lanes.get(failingLane).subList(before.size() + 1, lanes.get(failingLane).size());

		// Mid-file: two of its four rows committed.
		faults.arm("ingest." + failing.code(), 2);
		LoadOutcome failed = loader.load(batch, null, null, null);

		assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED_RESTARTABLE);
		long batchId = count("SELECT batch_id FROM batch");
		assertThat(count("SELECT count(*) FROM stg_tss_student_b" + batchId)).isEqualTo(2);
		// The other lane ran to its end; the failing lane stopped at the failure.
		for (FileKind kind : lanes.get(1 - failingLane)) {
			assertThat(statuses(kind)).as(kind.code()).containsExactly("COMPLETED");
		}
		before.forEach(kind -> assertThat(statuses(kind)).as(kind.code()).containsExactly("COMPLETED"));
		assertThat(statuses(failing)).containsExactly("FAILED");
		after.forEach(kind -> assertThat(statuses(kind)).as(kind.code()).isEmpty());

		LoadOutcome restarted = loader.load(batch, null, null, null);

		assertThat(restarted.exitCode()).as(restarted.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(dump()).isEqualTo(clean);
		for (FileKind kind : FileKind.values()) {
			assertThat(statuses(kind)).as(kind.code())
				.containsExactly(
						kind == failing ? new String[] { "FAILED", "COMPLETED" } : new String[] { "COMPLETED" });
		}
	}

	@Test
	void whenBothLanesFailTheVerdictNamesBothStepsAndTheRestartEqualsACleanLoad() {
		Path batch = batchWithSixStudents().writeTo(folder);
		List<String> clean = loadAndDump(batch);
		Warehouses.truncateAll(jdbc);

		faults.arm("ingest.sms.students,ingest.tss.students", 1);
		LoadOutcome failed = loader.load(batch, null, null, null);

		assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED_RESTARTABLE);
		assertThat(failed.verdict().lines().findFirst().orElseThrow())
			.contains("ingest.sms.students: injected fault after 1 committed chunks")
			.contains("ingest.tss.students: injected fault after 1 committed chunks");
		LoadOutcome restarted = loader.load(batch, null, null, null);

		assertThat(restarted.exitCode()).as(restarted.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(dump()).isEqualTo(clean);
	}

	@Test
	void blankLinesOnEitherSideOfTheCheckpointAreCountedOnceEach() {
		Path batch = new BatchFixture().append("sms/students.csv", "", " ", // lines 4, 5
				BatchFixture.smsStudent(BatchFixture.id("330402", "20070101", "101"), "男", "2007-01-01", "在籍", ""), "", // line
																														// 7
				BatchFixture.smsStudent(BatchFixture.id("330402", "20070102", "103"), "男", "2007-01-02", "在籍", ""))
			.manifestRows("sms/students.csv", 4)
			.writeTo(folder);

		// Three records, and the two blank lines between them, commit before the fault.
		faults.arm("ingest.sms.students", 3);
		LoadOutcome failed = loader.load(batch, null, null, null);
		assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED_RESTARTABLE);
		LoadOutcome restarted = loader.load(batch, null, null, null);

		assertThat(restarted.exitCode()).as(restarted.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(jdbc.sql("""
				SELECT status || ' ' || rows_read || '/' || rows_loaded || '/' || rows_quarantined || '/' || rows_blank
				FROM step_audit WHERE step_name = 'ingest.sms.students' ORDER BY step_execution_id""")
			.query(String.class)
			.list()).containsExactly("FAILED 5/3/0/2", "COMPLETED 7/4/0/3");
	}

	@Test
	void aWorkbookResumesAfterItsLastCommittedRowAndEqualsACleanLoad() throws IOException {
		Path batch = batchWithSixStudents().writeTo(folder);
		WorkbookExport.convert(batch, List.of("sms/students"), "xlsx");
		List<String> clean = loadAndDump(batch);
		Warehouses.truncateAll(jdbc);

		faults.arm("ingest.sms.students", 4);
		LoadOutcome failed = loader.load(batch, null, null, null);
		assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED_RESTARTABLE);
		LoadOutcome restarted = loader.load(batch, null, null, null);

		assertThat(restarted.exitCode()).as(restarted.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(dump()).isEqualTo(clean);
		// 6 students, then a hidden, an ID-losing and a merged copy, 2 empty rows, 2
		// footer rows.
		assertThat(jdbc.sql("""
				SELECT status || ' ' || rows_read || '/' || rows_loaded || '/' || rows_quarantined || '/' || rows_blank
				FROM step_audit WHERE step_name = 'ingest.sms.students' ORDER BY step_execution_id""")
			.query(String.class)
			.list()).containsExactly("FAILED 4/4/0/0", "COMPLETED 13/6/5/2");
	}

	/** The statuses of a file's ingest step executions, oldest first. */
	private List<String> statuses(FileKind kind) {
		return Warehouses.stepStatuses(jdbc, "ingest." + kind.code());
	}

	/**
	 * Six sms students (two from the fixture) and four tss students (one from the
	 * fixture).
	 */
	private BatchFixture batchWithSixStudents() {
		BatchFixture batch = new BatchFixture();
		for (int i = 0; i < 4; i++) {
			batch.append("sms/students.csv",
					BatchFixture.smsStudent(BatchFixture.id("330402", "2007010" + (i + 1), "10" + (2 * i + 1)), "男",
							"2007-01-0" + (i + 1), "在籍", ""));
		}
		for (int i = 1; i <= 3; i++) {
			batch.append("tss/students.csv", BatchFixture.tssStudent("T202230" + i,
					BatchFixture.id("330411", "2007060" + i, "60" + i), "200706"));
		}
		return batch;
	}

	private List<String> loadAndDump(Path batch) {
		assertThat(loader.load(batch, null, null, null).exitCode()).isEqualTo(ExitCode.SUCCESS);
		return dump();
	}

	/**
	 * Every staged student of both registries and every quarantined row, without the ids
	 * that differ between loads.
	 */
	private List<String> dump() {
		return jdbc
			.sql("""
					SELECT line_no || ' ' || encode(line_sha256, 'hex') || ' ' || id_hash || ' ' || status FROM stg_sms_student
					UNION ALL SELECT 'tss ' || line_no || ' ' || encode(line_sha256, 'hex') || ' ' || id_hash || ' ' || status
					FROM stg_tss_student
					UNION ALL SELECT 'q ' || line_no || ' ' || array_to_string(rules, ';') FROM quarantine
					ORDER BY 1""")
			.query(String.class)
			.list();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
