package org.vocstat.console;

import java.time.Duration;

import org.vocstat.audit.RunCondition;
import org.vocstat.audit.RunSummary;

/**
 * A run as the runs pages show it, in the terminal's status model ({@link RunCondition}):
 * a refused batch as refused with its reason, not as a failed run; a run a SIGTERM
 * interrupted as stopped; what went wrong whole and without stack frames (the run's page
 * keeps the stored trace behind a fold for whoever reports the bug).
 */
record RunView(RunSummary run, String state, String stateZh, String reason, String duration, boolean restartable) {

	static RunView of(RunSummary run) {
		RunCondition condition = run.condition();
		return new RunView(run, condition.name(), stateZh(condition), run.reason(), duration(run),
				condition.restartable());
	}

	/** The reason's first line, for the list of runs. */
	public String firstLine() {
		return reason.lines().findFirst().orElse("");
	}

	/**
	 * Whether the stored exit message holds more than the reason: stack frames to fold
	 * away.
	 */
	public boolean hasTrace() {
		return run.exitMessage() != null && !run.exitMessage().strip().equals(reason.strip());
	}

	private static String stateZh(RunCondition condition) {
		return switch (condition) {
			case LOADED -> "完成";
			case FAILED -> "失败";
			case STOPPED -> "已停止";
			case RUNNING -> "运行中";
			case REFUSED -> "已拒收";
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
