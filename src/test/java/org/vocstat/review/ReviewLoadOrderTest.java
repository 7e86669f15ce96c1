package org.vocstat.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.TestPaths;
import org.vocstat.support.Warehouses;

/**
 * The year-on-year rules of a batch loaded before its previous year: none apply at first
 * (no previous year), and they are evaluated when the previous year's batch becomes
 * current, as the figures' changes are.
 */
@PostgresTest
class ReviewLoadOrderTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReviewFindings review;

	@BeforeEach
	void emptyWarehouse() {
		Warehouses.truncateAll(jdbc);
	}

	@Test
	void loadingThePreviousYearLaterReviewsTheNextYearAgainstIt() {
		load(TestPaths.sampleBatch(2022));
		assertThat(review.findings("330400", "AY2022", null, null)).extracting(Finding::rule)
			.doesNotContain("facilities.equipment_per_student_swing")
			.contains("facilities.land_per_student_low");

		load(TestPaths.sampleBatch(2021));

		assertThat(review.findings("330400", "AY2022", FindingLevel.query, "school"))
			.filteredOn(f -> f.rule().equals("facilities.equipment_per_student_swing"))
			.hasSize(5)
			.allSatisfy(f -> assertThat(f.figures()).contains("prev(facilities.equipment_value_per_student)=")
				.contains("@AY2021"));
	}

	private void load(Path batch) {
		LoadOutcome outcome = loader.load(batch, null, null, null);
		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
	}

}
