package org.vocstat.pipeline;

import java.util.List;

/**
 * What a nightly run did with each inbox folder, and the exit code that sums it up for
 * the scheduler.
 */
public record NightlyReport(List<Line> lines, ExitCode exitCode) {

	/**
	 * One inbox folder: what happened to it, the run that loaded it, and where it went.
	 * {@code detail} is in English (the log's and the CSV's); {@code said} is the same as
	 * a {@link org.vocstat.delivery.Reason} the terminal says in its own language, or
	 * that English text when there is no key.
	 */
	public record Line(String folder, String outcome, Long run, String detail, Object said) {

		public Line(String folder, String outcome, Long run, Object said) {
			this(folder, outcome, run, String.valueOf(said), said);
		}

	}

}
