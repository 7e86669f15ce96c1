package org.vocstat.review;

/**
 * An explanation or acceptance the review refuses as a matter of rule, not of bad input:
 * an error is cleared only by a corrected export. Nothing was changed.
 */
public class ReviewRefusedException extends RuntimeException {

	public ReviewRefusedException(String message) {
		super(message);
	}

}
