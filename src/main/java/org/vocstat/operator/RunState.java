package org.vocstat.operator;

import java.time.LocalDateTime;
import java.util.stream.Collectors;

import org.vocstat.audit.RunSummary;

/**
 * A run as an operator reads it at a glance: LOADED, RUNNING, FAILED (restartable: how to
 * restart), STOPPED (by request: how to resume) or REFUSED (the batch, its region and
 * year, and the whole reason), with the failure message whole and without Spring's stack
 * frames, and the command that comes next.
 */
record RunState(long run, String job, String state, Long batch, String region, Integer academicYear, String folder,
		LocalDateTime started, LocalDateTime ended, String message, String next) {

	static final String LOADED = "LOADED", RUNNING = "RUNNING", FAILED = "FAILED", STOPPED = "STOPPED",
			REFUSED = "REFUSED";

	/**
	 * The exception a refused batch is failed with (named, not imported: only its text is
	 * stored).
	 */
	private static final String REFUSAL = "org.vocstat.delivery.BatchRefusedException";

	/** What a SIGTERM leaves when it interrupts a step between chunks. */
	private static final String INTERRUPTED = "JobInterruptedException";

	static RunState of(RunSummary run) {
		String exit = run.exitMessage() == null ? "" : run.exitMessage();
		String state = state(run.status(), exit);
		String message = switch (state) {
			case REFUSED -> reason(exit, REFUSAL);
			case STOPPED -> Messages.text("run.stopped", "stopped by request (SIGTERM) at a chunk boundary");
			default -> withoutStackFrames(exit);
		};
		String next = switch (state) {
			case FAILED ->
				Messages.text("run.next.failed", "fix the cause, then: vocstat restart {0}", Long.toString(run.run()));
			case STOPPED ->
				Messages.text("run.next.stopped", "resume it: vocstat restart {0}", Long.toString(run.run()));
			case REFUSED ->
				Messages.text("run.next.refused", "nothing was loaded; correct the batch and load it again");
			default -> "";
		};
		return new RunState(run.run(), run.job(), state, run.batchId(), run.region(), run.academicYear(), run.folder(),
				run.started(), run.ended(), message, next);
	}

	/**
	 * This run's state word in the reader's language (tables only; CSV and JSON keep the
	 * code).
	 */
	RunState translated() {
		return new RunState(run, job, Messages.status(state), batch, region, academicYear, folder, started, ended,
				message, next);
	}

	private static String state(String status, String exit) {
		return switch (status) {
			case "COMPLETED" -> LOADED;
			case "STARTING", "STARTED", "STOPPING" -> RUNNING;
			case "STOPPED" -> STOPPED;
			default -> exit.contains(REFUSAL) ? REFUSED : exit.contains(INTERRUPTED) ? STOPPED : FAILED;
		};
	}

	/**
	 * The message of exception {@code type} in a stored stack trace, every line of it.
	 */
	private static String reason(String trace, String type) {
		int start = trace.indexOf(type + ": ");
		String from = start < 0 ? trace : trace.substring(start + type.length() + 2);
		return withoutStackFrames(from.lines().takeWhile(line -> !isFrame(line)).collect(Collectors.joining("\n")));
	}

	/**
	 * A stored trace without its {@code at …} frames, so what is left is what went wrong.
	 */
	static String withoutStackFrames(String trace) {
		return trace.lines()
			.filter(line -> !isFrame(line))
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.distinct()
			.collect(Collectors.joining("\n"));
	}

	private static boolean isFrame(String line) {
		String stripped = line.strip();
		return stripped.startsWith("at ") || stripped.matches("\\.\\.\\. \\d+ (more|common frames omitted)");
	}

}
