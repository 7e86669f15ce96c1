package org.vocstat.pipeline;

import org.vocstat.delivery.Reason;

/**
 * Another load holds the load lock: nothing was done, and the holder is named so the
 * operator can wait or check.
 */
public class LoadBusyException extends RuntimeException implements Reason.Said {

	private final transient Reason reason;

	public LoadBusyException(String holder) {
		this(Reason.of("busy.load-running", holder));
	}

	private LoadBusyException(Reason reason) {
		super(reason.english());
		this.reason = reason;
	}

	/** The message, to be said in the reader's language. */
	@Override
	public Reason reason() {
		return reason;
	}

}
