package org.vocstat.bench;

import java.util.List;

/**
 * When a step of the measured load started and ended (seconds since the epoch), and the
 * rows it read.
 */
record StepTiming(String step, long rows, double startedAt, double endedAt) {

	Measurement measurement() {
		return new Measurement(step, rows, endedAt - startedAt);
	}

	/**
	 * The steps as one piece of work: their rows, in the wall-clock time from the first
	 * start to the last end. Steps that run side by side (the ingest lanes) count once,
	 * not once each.
	 */
	static Measurement span(String what, List<StepTiming> steps) {
		if (steps.isEmpty()) {
			return new Measurement(what, 0, 0);
		}
		double started = steps.stream().mapToDouble(StepTiming::startedAt).min().orElseThrow();
		double ended = steps.stream().mapToDouble(StepTiming::endedAt).max().orElseThrow();
		return new Measurement(what, steps.stream().mapToLong(StepTiming::rows).sum(), ended - started);
	}

}
