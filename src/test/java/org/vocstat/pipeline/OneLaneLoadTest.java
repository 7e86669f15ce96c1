package org.vocstat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import org.vocstat.ingest.FileKind;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * With {@code vocstat.ingest.lanes=1} the files load one at a time, in load order, as
 * before there were lanes.
 */
@PostgresTest
@TestPropertySource(properties = "vocstat.ingest.lanes=1")
class OneLaneLoadTest {

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
	void everyStepRunsAfterThePreviousOneEnded() {
		LoadOutcome outcome = loader.load(new BatchFixture().writeTo(folder), null, null, null);

		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		List<String> expected = new ArrayList<>(List.of("check-batch"));
		for (FileKind kind : FileKind.values()) {
			expected.add("ingest." + kind.code());
		}
		expected.addAll(List.of("reconcile", "indicators", "review", "complete-batch"));
		assertThat(jdbc.sql("SELECT step_name FROM batch_step_execution ORDER BY step_execution_id")
			.query(String.class)
			.list()).isEqualTo(expected);
		// One at a time: no step started before the one before it ended.
		assertThat(jdbc.sql("""
				SELECT count(*) FILTER (WHERE start_time < previous_end) || ' of ' || count(previous_end)
				FROM (SELECT start_time, lag(end_time) OVER (ORDER BY step_execution_id) AS previous_end
				      FROM batch_step_execution) s""").query(String.class).single())
			.isEqualTo("0 of " + (expected.size() - 1));
	}

}
