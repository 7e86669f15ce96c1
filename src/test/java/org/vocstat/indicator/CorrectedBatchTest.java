package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocstat.indicator.IndicatorBatches.A;
import static org.vocstat.indicator.IndicatorBatches.CITY;
import static org.vocstat.indicator.IndicatorBatches.LATE;
import static org.vocstat.indicator.IndicatorBatches.REGION;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * A corrected export of the same region and year is a new batch that becomes the current
 * one: its figures replace the old ones for every query, each figure once, while the
 * superseded batch's figures stay, unchanged, for audit; loading the corrected export
 * again does nothing.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectedBatchTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	FigureStore store;

	@Autowired
	FigureQueries queries;

	@Autowired
	Periods periods;

	@Autowired
	JdbcClient jdbc;

	private LoadOutcome original;

	private LoadOutcome corrected;

	private LoadOutcome again;

	private List<Figure> originalFigures;

	private long figuresBeforeReload;

	@BeforeAll
	void loadOriginalThenCorrectedThenCorrectedAgain(@TempDir Path folder) {
		Warehouses.truncateAll(jdbc);
		assertThat(IndicatorBatches.load2021(loader, folder.resolve("2021")).exitCode()).isEqualTo(ExitCode.SUCCESS);
		original = loader.load(IndicatorBatches.ay2022().writeTo(folder.resolve("2022")), null, null, null);
		assertThat(original.exitCode()).as(original.verdict()).isEqualTo(ExitCode.SUCCESS);
		originalFigures = store.ofBatch(original.batchId());

		// one student the schools forgot: 8 in school instead of 7
		Path correctedFolder = IndicatorBatches.ay2022()
			.append("sms/students.csv", IndicatorBatches.sms(LATE, A, "660102", "2022-09", "在籍", ""))
			.writeTo(folder.resolve("2022-corrected"));
		corrected = loader.load(correctedFolder, null, null, null);
		assertThat(corrected.exitCode()).as(corrected.verdict()).isEqualTo(ExitCode.SUCCESS);
		figuresBeforeReload = count("SELECT count(*) FROM figure");
		again = loader.load(correctedFolder, null, null, null);
	}

	@Test
	void correctedExportIsANewBatchThatBecomesCurrent() {
		assertThat(corrected.batchId()).isNotNull().isNotEqualTo(original.batchId());
		assertThat(periods.currentBatch(REGION, 2022)).contains(corrected.batchId());
		assertThat(jdbc.sql("SELECT batch_id FROM current_batch WHERE academic_year = 2022").query(Long.class).list())
			.containsExactly(corrected.batchId());
	}

	@Test
	void figuresOfThePeriodComeFromTheCorrectedBatchEachOnce() {
		List<FigureLine> lines = queries.figures(REGION, "AY2022", null);

		assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.batch()).isEqualTo(corrected.batchId()));
		assertThat(lines).extracting(l -> l.indicator() + " " + l.scope() + " " + l.period()).doesNotHaveDuplicates();
		assertThat(line(lines, "enrolment.in_school", CITY).value()).isEqualByComparingTo("8");
		assertThat(line(lines, "enrolment.in_school", "school:" + A).value()).isEqualByComparingTo("5");
		assertThat(line(lines, "enrolment.new", CITY).value()).isEqualByComparingTo("6");
		// 155000 / 8 − 140000 / 5
		assertThat(line(lines, "facilities.land_area_per_student_change", CITY).value())
			.isEqualByComparingTo("-8625.00");
		assertThat(line(queries.figures(REGION, "CY2023", null), "funding.per_student", CITY).value())
			.isEqualByComparingTo("1668200.00");
	}

	@Test
	void supersededBatchKeepsItsFiguresUnchangedForAudit() {
		assertThat(store.ofBatch(original.batchId())).isEqualTo(originalFigures);
		assertThat(store.find(original.batchId(), "enrolment.in_school", CITY, "AY2022")).get()
			.satisfies(f -> assertThat(f.value()).isEqualByComparingTo("7"));
	}

	@Test
	void loadingTheCorrectedExportAgainIsANoOp() {
		assertThat(again.exitCode()).isEqualTo(ExitCode.SUCCESS);
		assertThat(again.verdict()).startsWith("already loaded");
		assertThat(again.batchId()).isEqualTo(corrected.batchId());
		assertThat(count("SELECT count(*) FROM figure")).isEqualTo(figuresBeforeReload);
		assertThat(count("SELECT count(*) FROM batch WHERE academic_year = 2022")).isEqualTo(2);
	}

	private static FigureLine line(List<FigureLine> lines, String indicator, String scope) {
		return lines.stream()
			.filter(l -> l.indicator().equals(indicator) && l.scope().equals(scope))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no figure " + indicator + " " + scope));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
