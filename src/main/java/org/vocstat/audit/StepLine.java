package org.vocstat.audit;

import java.math.BigDecimal;

/**
 * One audited step of a run: the file it worked on, its counts (rows read include the
 * blank lines), how long it took and how it ended.
 */
public record StepLine(long run, String step, String file, String sha256, Long read, Long loaded, Long quarantined,
		Long blank, Long warned, BigDecimal seconds, String status, String message) {

	/**
	 * Whether read = loaded + quarantined + blank holds (true for steps that read no
	 * file).
	 */
	public boolean conserved() {
		return read == null || loaded == null || quarantined == null
				|| read == loaded + quarantined + (blank == null ? 0 : blank);
	}

}
