package org.vocstat.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The ratios are taken against the mean of the baseline runs, and the report says how far those runs differ. */
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
	void aReportWithoutABaselineRunIsRefused() {
		assertThatThrownBy(() -> new BenchReport("province", List.of(), List.of(),
				new Measurement("ingest (all files)", 1, 1), new Measurement("load job end to end", 1, 1), 1))
			.hasMessageContaining("at least one baseline run");
	}

}
