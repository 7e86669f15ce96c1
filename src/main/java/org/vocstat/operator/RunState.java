package org.vocstat.operator;

import java.time.LocalDateTime;
import org.vocstat.audit.RunCondition;
import org.vocstat.audit.RunSummary;

/**
 * A run as an operator reads it at a glance: LOADED, RUNNING, FAILED (restartable: how to
 * restart), STOPPED (by request: how to resume) or REFUSED (the batch, its region and
 * year, and the whole reason), with the failure message whole and without Spring's stack
 * frames, and the command that comes next; the condition itself is the audit module's
 * {@link RunCondition}, which the console shows too.
 */
record RunState(long run, String job, String state, Long batch, String region, Integer academicYear, String folder,
		LocalDateTime started, LocalDateTime ended, String message, String next) {

	static final String REFUSED = RunCondition.REFUSED.name();

	static RunState of(RunSummary run) {
		RunCondition condition = run.condition();
		String message = condition == RunCondition.STOPPED
				? Messages.text("run.stopped", "stopped by request (SIGTERM) at a chunk boundary") : run.reason();
		String next = switch (condition) {
			case FAILED ->
				Messages.text("run.next.failed", "fix the cause, then: vocstat restart {0}", Long.toString(run.run()));
			case STOPPED ->
				Messages.text("run.next.stopped", "resume it: vocstat restart {0}", Long.toString(run.run()));
			case REFUSED ->
				Messages.text("run.next.refused", "nothing was loaded; correct the batch and load it again");
			default -> "";
		};
		return new RunState(run.run(), run.job(), condition.name(), run.batchId(), run.region(), run.academicYear(),
				run.folder(), run.started(), run.ended(), message, next);
	}

	/**
	 * This run's state word in the reader's language (tables only; CSV and JSON keep the
	 * code).
	 */
	RunState translated() {
		return new RunState(run, job, Messages.status(state), batch, region, academicYear, folder, started, ended,
				message, next);
	}

}
