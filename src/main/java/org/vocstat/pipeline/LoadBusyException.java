package org.vocstat.pipeline;

/**
 * Another load holds the load lock: nothing was done, and the holder is named so the
 * operator can wait or check.
 */
public class LoadBusyException extends RuntimeException {

	public LoadBusyException(String holder) {
		super("another load is running: " + holder + "; nothing was done, try again when it has finished");
	}

}
