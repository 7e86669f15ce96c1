package org.vocstat.bench;

/** What one measured piece of work did: rows and seconds, hence rows per second. */
public record Measurement(String what, long rows, double seconds) {

	public double rowsPerSecond() {
		return seconds > 0 ? rows / seconds : 0;
	}

}
