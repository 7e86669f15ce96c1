package org.vocstat.audit;

import java.util.stream.Collectors;

/**
 * What became of a run, as an operator reads it at a glance, the same in the terminal's
 * {@code status} and the console's runs pages: LOADED, RUNNING, FAILED (restartable),
 * STOPPED (by request: resumable) or REFUSED (nothing was loaded: the batch needs
 * correcting, not a restart). Spring Batch stores a refusal and a SIGTERM's interruption
 * as FAILED with an exception's text; they are told apart here, from that text.
 */
public enum RunCondition {

	LOADED, RUNNING, FAILED, STOPPED, REFUSED;

	/**
	 * The exception a refused batch is failed with (named, not imported: only its text is
	 * stored).
	 */
	private static final String REFUSAL = "org.vocstat.delivery.BatchRefusedException";

	/** What a SIGTERM leaves when it interrupts a step between chunks. */
	private static final String INTERRUPTED = "JobInterruptedException";

	static RunCondition of(String status, String exitMessage) {
		String exit = exitMessage == null ? "" : exitMessage;
		return switch (status) {
			case "COMPLETED" -> LOADED;
			case "STARTING", "STARTED", "STOPPING" -> RUNNING;
			case "STOPPED" -> STOPPED;
			default -> exit.contains(REFUSAL) ? REFUSED : exit.contains(INTERRUPTED) ? STOPPED : FAILED;
		};
	}

	/**
	 * A restart takes it further: a failure, a stop, or a run left RUNNING by a process
	 * that died (the restart finds out which).
	 */
	public boolean restartable() {
		return this == FAILED || this == STOPPED || this == RUNNING;
	}

	/**
	 * What went wrong, whole and without stack frames: a refusal's reason, every line of
	 * it; a failure's messages and causes; nothing for a run that did not fail.
	 */
	String reason(String exitMessage) {
		String exit = exitMessage == null ? "" : exitMessage;
		return switch (this) {
			case REFUSED -> refusal(exit);
			case FAILED -> withoutStackFrames(exit);
			default -> "";
		};
	}

	private static String refusal(String trace) {
		int start = trace.indexOf(REFUSAL + ": ");
		String from = start < 0 ? trace : trace.substring(start + REFUSAL.length() + 2);
		return withoutStackFrames(from.lines().takeWhile(line -> !isFrame(line)).collect(Collectors.joining("\n")));
	}

	private static String withoutStackFrames(String trace) {
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
