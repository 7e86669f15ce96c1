package org.vocstat.trail;

import java.util.Optional;

/**
 * The outcome of recomputing the audit chain: how many entries verified, and the first
 * that did not (with why), if any.
 */
public record ChainCheck(long entries, Optional<String> firstFailure) {

	public boolean verified() {
		return firstFailure.isEmpty();
	}

}
