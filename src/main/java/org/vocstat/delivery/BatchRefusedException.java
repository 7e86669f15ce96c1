package org.vocstat.delivery;

/**
 * A batch that must not be loaded as it stands: a manifest that does not match the files,
 * a missing file, a file that lacks a required column. Nothing of it is loaded; the
 * message tells the operator what to fix.
 */
public class BatchRefusedException extends RuntimeException {

	public BatchRefusedException(String message) {
		super(message);
	}

}
