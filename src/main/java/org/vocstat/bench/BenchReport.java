package org.vocstat.bench;

import java.util.List;

/**
 * The benchmark's result: the baseline runs (raw COPY before and after the load), each
 * step, ingest as a whole and the job end to end, peak JVM memory, and the two ratios the
 * targets are stated in, against the baselines' mean.
 */
public record BenchReport(String scale, List<Measurement> baselineRuns, List<Measurement> steps, Measurement ingest,
		Measurement endToEnd, long peakRssMegabytes) {

	public BenchReport {
		if (baselineRuns.isEmpty()) {
			throw new IllegalArgumentException("a benchmark needs at least one baseline run");
		}
		baselineRuns = List.copyOf(baselineRuns);
		steps = List.copyOf(steps);
	}

	/**
	 * The baseline the ratios use: the rows of one COPY of the files, in the mean time of
	 * the runs.
	 */
	public Measurement baseline() {
		return new Measurement("raw COPY (baseline: mean of " + baselineRuns.size() + ")", baselineRuns.get(0).rows(),
				baselineRuns.stream().mapToDouble(Measurement::seconds).average().orElseThrow());
	}

	/**
	 * How far the slowest baseline run is above the fastest, as a fraction of the
	 * fastest: the machine's drift.
	 */
	public double baselineSpread() {
		double fastest = baselineRuns.stream().mapToDouble(Measurement::seconds).min().orElseThrow();
		double slowest = baselineRuns.stream().mapToDouble(Measurement::seconds).max().orElseThrow();
		return fastest > 0 ? slowest / fastest - 1 : 0;
	}

	/** Ingest throughput over raw COPY throughput (target ≥ 0.6). */
	public double ingestRatio() {
		return ingest.rowsPerSecond() / baseline().rowsPerSecond();
	}

	/** End-to-end time over raw COPY time (target ≤ 3). */
	public double endToEndRatio() {
		return endToEnd.seconds() / baseline().seconds();
	}

}
