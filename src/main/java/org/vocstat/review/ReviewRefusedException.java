package org.vocstat.review;

import org.vocstat.delivery.Reason;

/**
 * An explanation or acceptance the review refuses as a matter of rule, not of bad input:
 * an error is cleared only by a corrected export. Nothing was changed.
 */
public class ReviewRefusedException extends RuntimeException implements Reason.Said {

	private final transient Reason reason;

	public ReviewRefusedException(String key, Object... arguments) {
		this(Reason.of(key, arguments));
	}

	private ReviewRefusedException(Reason reason) {
		super(reason.english());
		this.reason = reason;
	}

	/** The refusal, to be said in the reader's language. */
	@Override
	public Reason reason() {
		return reason;
	}

}
