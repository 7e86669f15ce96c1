package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocstat.indicator.IndicatorBatches.A;
import static org.vocstat.indicator.IndicatorBatches.CITY;
import static org.vocstat.indicator.IndicatorBatches.LATE;
import static org.vocstat.indicator.IndicatorBatches.REGION;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.faults.FaultInjection;
import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * A corrected export whose load failed before its figures were computed does not hide the
 * figures in force.
 */
@PostgresTest
class FailedCorrectionTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	FigureQueries queries;

	@Autowired
	Periods periods;

	@Autowired
	FaultInjection faults;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void correctedBatchWhoseIndicatorsFailedLeavesTheOldFiguresCurrentUntilRestarted() {
		Warehouses.truncateAll(jdbc);
		LoadOutcome original = loader.load(IndicatorBatches.ay2022().writeTo(folder.resolve("2022")), null, null, null);
		assertThat(original.exitCode()).as(original.verdict()).isEqualTo(ExitCode.SUCCESS);
		Path corrected = IndicatorBatches.ay2022()
			.append("sms/students.csv", IndicatorBatches.sms(LATE, A, "660102", "2022-09", "在籍", ""))
			.writeTo(folder.resolve("2022-corrected"));

		LoadOutcome failed;
		faults.arm("indicators", 0);
		try {
			failed = loader.load(corrected, null, null, null);
		}
		finally {
			faults.arm(null, 0);
		}

		assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED_RESTARTABLE);
		assertThat(periods.currentBatch(REGION, 2022)).contains(original.batchId());
		assertThat(inSchool(queries.figures(REGION, "AY2022", null))).isEqualTo("7");

		LoadOutcome restarted = loader.load(corrected, null, null, null);

		assertThat(restarted.exitCode()).as(restarted.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(periods.currentBatch(REGION, 2022)).contains(restarted.batchId());
		assertThat(inSchool(queries.figures(REGION, "AY2022", null))).isEqualTo("8");
	}

	private static String inSchool(List<FigureLine> lines) {
		return lines.stream()
			.filter(l -> l.indicator().equals("enrolment.in_school") && l.scope().equals(CITY))
			.map(l -> l.value().toPlainString())
			.findFirst()
			.orElse("none");
	}

}
