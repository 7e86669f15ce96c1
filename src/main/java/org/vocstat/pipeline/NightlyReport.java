package org.vocstat.pipeline;

import java.util.List;

/**
 * What a nightly run did with each inbox folder, and the exit code that sums it up for
 * the scheduler.
 */
public record NightlyReport(List<Line> lines, ExitCode exitCode) {

	/**
	 * One inbox folder: what happened to it, the run that loaded it, and where it went.
	 */
	public record Line(String folder, String outcome, Long run, String detail) {
	}

}
