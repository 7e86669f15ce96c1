package org.vocstat.bench;

import java.util.List;

/**
 * The benchmark's result: the baseline, each step, ingest as a whole and the job end to end, peak JVM memory, and
 * the two ratios the targets are stated in.
 */
public record BenchReport(String scale, Measurement baseline, List<Measurement> steps, Measurement ingest,
		Measurement endToEnd, long peakRssMegabytes) {

	/** Ingest throughput over raw COPY throughput (target ≥ 0.6). */
	public double ingestRatio() {
		return ingest.rowsPerSecond() / baseline.rowsPerSecond();
	}

	/** End-to-end time over raw COPY time (target ≤ 3). */
	public double endToEndRatio() {
		return endToEnd.seconds() / baseline.seconds();
	}

}
