package org.vocstat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
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
import org.vocstat.ingest.FileKind;
import org.vocstat.ingest.LoadOrder;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * The two ingest lanes run side by side: while a file of one lane is halted mid-file,
 * every file of the other lane loads to completion; before them the school registers, and
 * after them reconcile, run alone. Chunks of one row make the halt fall inside the file.
 */
@PostgresTest
// Two lanes whatever the machine's cores (the default is one per core, at most two).
@TestPropertySource(
		properties = { "vocstat.ingest.chunk-size=1", "vocstat.fault.mode=pause", "vocstat.ingest.lanes=2" })
class IngestLanesTest {

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

	private CompletableFuture<LoadOutcome> load;

	@AfterEach
	void disarm() throws Exception {
		// Disarmed first: a pause not reached yet must not begin after the release.
		faults.arm(null, 0);
		faults.release();
		// A load left running would hold the load lock for the tests after this one.
		if (load != null) {
			load.get(2, TimeUnit.MINUTES);
		}
	}

	@Test
	void theOtherLaneLoadsWholeWhileAFileOfOneLaneIsHalted() throws Exception {
		Path batch = new BatchFixture().withSmsStudents(3, 5, "50", "男").writeTo(folder);
		List<List<FileKind>> lanes = LoadOrder.lanes(2);
		FileKind halted = lanes.get(0).get(0);
		List<String> otherLane = lanes.get(1).stream().map(kind -> "ingest." + kind.code()).toList();

		faults.arm("ingest." + halted.code(), 2);
		load = CompletableFuture.supplyAsync(() -> loader.load(batch, null, null, null));
		await().atMost(Duration.ofMinutes(1)).until(faults::paused);
		await().atMost(Duration.ofMinutes(1)).until(() -> completed(otherLane) == otherLane.size());

		assertThat(status("ingest." + halted.code())).isEqualTo("STARTED");
		assertThat(completed(List.of("reconcile"))).isZero();
		faults.release();
		LoadOutcome outcome = load.get(2, TimeUnit.MINUTES);

		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(jdbc.sql("SELECT count(*) FROM stg_sms_student").query(Long.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("SELECT count(*) FROM step_audit WHERE file_id IS NOT NULL AND status = 'COMPLETED'")
			.query(Long.class)
			.single()).isEqualTo(FileKind.values().length);
		// Around the lanes, one step at a time: every lane's step started after the last
		// school register ended, and
		// reconcile after every lane's step ended.
		List<String> laneSteps = lanes.stream().flatMap(List::stream).map(kind -> "ingest." + kind.code()).toList();
		assertThat(pairsInOrder(List.of("ingest.qrp.schools"), laneSteps)).isEqualTo(laneSteps.size());
		assertThat(pairsInOrder(laneSteps, List.of("reconcile"))).isEqualTo(laneSteps.size());
	}

	/**
	 * How many (earlier, later) pairs of steps have the later one started once the
	 * earlier one had ended.
	 */
	private long pairsInOrder(List<String> earlier, List<String> later) {
		return jdbc.sql("""
				SELECT count(*) FROM batch_step_execution e, batch_step_execution l
				WHERE e.step_name IN (:earlier) AND l.step_name IN (:later) AND l.start_time >= e.end_time""")
			.param("earlier", earlier)
			.param("later", later)
			.query(Long.class)
			.single();
	}

	private long completed(List<String> steps) {
		return jdbc
			.sql("SELECT count(*) FROM batch_step_execution WHERE step_name IN (:steps) AND status = 'COMPLETED'")
			.param("steps", steps)
			.query(Long.class)
			.single();
	}

	private String status(String step) {
		return jdbc.sql("SELECT status FROM batch_step_execution WHERE step_name = :step")
			.param("step", step)
			.query(String.class)
			.single();
	}

}
