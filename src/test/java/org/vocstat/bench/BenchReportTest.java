package org.vocstat.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The ratios are taken against the mean of the baseline runs, and the report says how far
 * those runs differ; steps that overlap count their wall-clock time once.
 */
class BenchReportTest {

	@Test
	void ratiosUseTheMeanOfTheBaselineRunsAndTheirSpreadIsReported() {
		BenchReport report = new BenchReport("province",
				List.of(new Measurement("raw COPY before the load", 1000, 2.0),
						new Measurement("raw COPY after the load", 1000, 3.0)),
				List.of(), new Measurement("ingest (all files)", 500, 2.0),
				new Measurement("load job end to end", 500, 10.0), 400);

		assertThat(report.baseline().seconds()).isEqualTo(2.5);
		assertThat(report.baseline().rows()).isEqualTo(1000);
		assertThat(report.baseline().what()).isEqualTo("raw COPY (baseline: mean of 2)");
		// 250 rows/s against 400 rows/s; 10 s against 2.5 s.
		assertThat(report.ingestRatio()).isCloseTo(0.625, within(1e-9));
		assertThat(report.endToEndRatio()).isCloseTo(4.0, within(1e-9));
		assertThat(report.baselineSpread()).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void stepsSideBySideCountTheirWallClockTimeOnce() {
		// Two lanes: 0–5 s and 1–3 s then 3–6 s.
		Measurement ingest = StepTiming.span("ingest (all files)",
				List.of(new StepTiming("ingest.a", 100, 1000.0, 1005.0), new StepTiming("ingest.b", 20, 1001.0, 1003.0),
						new StepTiming("ingest.c", 30, 1003.0, 1006.0)));

		assertThat(ingest.rows()).isEqualTo(150);
		assertThat(ingest.seconds()).isCloseTo(6.0, within(1e-9));
		assertThat(new StepTiming("ingest.b", 20, 1001.0, 1003.0).measurement().seconds()).isCloseTo(2.0, within(1e-9));
		assertThat(StepTiming.span("nothing", List.of()).seconds()).isZero();
	}

	@Test
	void aReportWithoutABaselineRunIsRefused() {
		assertThatThrownBy(() -> new BenchReport("province", List.of(), List.of(),
				new Measurement("ingest (all files)", 1, 1), new Measurement("load job end to end", 1, 1), 1))
			.hasMessageContaining("at least one baseline run");
	}

}
