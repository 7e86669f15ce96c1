package org.vocstat.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.TestPaths;
import org.vocstat.support.Warehouses;

/**
 * The review reads a batch's figures a slice of scopes at a time: the findings are the
 * same, in the same order, whatever the slice, the previous year's rules included.
 */
@PostgresTest
class ReviewSlicesTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	ReviewEvaluator evaluator;

	@Autowired
	ReviewFindings review;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void readAsShipped() {
		evaluator.readScopesAtOnce(2_000);
		Warehouses.truncateAll(jdbc);
	}

	@Test
	void findingsDoNotDependOnHowManyScopesAreReadAtOnce() {
		Warehouses.truncateAll(jdbc);
		for (int year : new int[] { 2021, 2022 }) {
			loader.load(TestPaths.sampleBatch(year), null, null, null);
		}
		long batch = jdbc.sql("SELECT max(batch_id) FROM batch").query(Long.class).single();
		List<String> whole = findings();
		assertThat(whole).as("the samples' findings").hasSizeGreaterThan(3);
		assertThat(whole).as("a rule reading last year's figure found something")
			.anyMatch(finding -> finding.startsWith("facilities.equipment_per_student_swing ")
					&& finding.contains("由上学年"));
		long scopes = jdbc.sql("SELECT count(DISTINCT scope) FROM figure WHERE batch_id = :batch")
			.param("batch", batch)
			.query(Long.class)
			.single();
		assertThat(scopes).isGreaterThan(20);

		for (int slice : new int[] { 1, 7 }) {
			evaluator.readScopesAtOnce(slice);
			assertThat(evaluator.evaluate(batch)).isEqualTo(whole.size());
			assertThat(findings()).as("read %d scopes at a time", slice).containsExactlyElementsOf(whole);
		}
	}

	private List<String> findings() {
		return jdbc.sql("""
				SELECT rule_code || ' ' || scope || ' ' || message FROM review_finding
				WHERE academic_year = 2022 ORDER BY finding_id""").query(String.class).list();
	}

}
