package org.vocstat.pipeline;

/**
 * What a vocstat process tells its caller (cron, systemd, Kubernetes, an operator's
 * shell) through its exit code.
 */
public enum ExitCode {

	/** Everything asked for was done (or had already been done). */
	SUCCESS(0),
	/** A job failed; running the same command again restarts it from where it stopped. */
	FAILED_RESTARTABLE(1),
	/** The command line or configuration is wrong; nothing was run. */
	USAGE(2),
	/**
	 * The batch was refused (bad manifest, missing file or column); nothing of it was
	 * loaded.
	 */
	REFUSED(3),
	/**
	 * Another load holds the load lock; nothing was done. Run again later (a scheduler
	 * may simply retry).
	 */
	BUSY(4);

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

}
