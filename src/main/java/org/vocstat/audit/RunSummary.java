package org.vocstat.audit;

import java.time.LocalDateTime;

/**
 * One execution of a job (a run) as the batch tables record it: its batch (or, for a run
 * refused before registering one, the region, year and folder it was started with), its
 * status and exit code, and the exit message (with the failure's stack trace, if any).
 */
public record RunSummary(long run, String job, Long batchId, String region, Integer academicYear, String folder,
		String status, String exitCode, LocalDateTime started, LocalDateTime ended, String exitMessage) {

	/** What became of the run (one model for the terminal and the console). */
	public RunCondition condition() {
		return RunCondition.of(status, exitMessage);
	}

	/**
	 * What went wrong, whole and without stack frames (the refusal's reason for a refused
	 * batch); empty for a run that did not fail.
	 */
	public String reason() {
		return condition().reason(exitMessage);
	}

}
