package org.vocstat.console;

import java.time.Duration;
import java.util.List;

import org.vocstat.audit.RunSummary;

/**
 * A run as the runs page shows it: a refused batch is shown as refused with the reason,
 * not as a failed run, and the whole failure message is kept for the run's page.
 */
record RunView(RunSummary run, String state, String stateZh, String reason, String duration, boolean restartable) {

	private static final String REFUSAL = "BatchRefusedException: ";

	static RunView of(RunSummary run) {
		String message = run.exitMessage() == null ? "" : run.exitMessage();
		int refusal = message.indexOf(REFUSAL);
		if (refusal >= 0) {
			String reason = message.substring(refusal + REFUSAL.length()).lines().findFirst().orElse("");
			return new RunView(run, "REFUSED", "已拒收", reason, duration(run));
		}
		String firstLine = message.lines().findFirst().orElse("");
		return new RunView(run, run.status(), stateZh(run.status()), firstLine, duration(run));
	}

	RunView(RunSummary run, String state, String stateZh, String reason, String duration) {
		// A failed, stopped or crashed run resumes; a refused batch needs a new delivery.
		this(run, state, stateZh, reason, duration, List.of("FAILED", "STOPPED", "STARTED").contains(state));
	}

	private static String stateZh(String status) {
		return switch (status) {
			case "COMPLETED" -> "完成";
			case "FAILED" -> "失败";
			case "STOPPED" -> "已停止";
			case "STARTED", "STARTING" -> "运行中";
			default -> status;
		};
	}

	private static String duration(RunSummary run) {
		if (run.started() == null || run.ended() == null) {
			return "";
		}
		Duration taken = Duration.between(run.started(), run.ended());
		return taken.toMinutes() > 0 ? taken.toMinutes() + " 分 " + taken.toSecondsPart() + " 秒"
				: taken.toSeconds() + "." + taken.toMillisPart() / 100 + " 秒";
	}

}
