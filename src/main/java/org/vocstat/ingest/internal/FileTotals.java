package org.vocstat.ingest.internal;

import org.vocstat.audit.ConservationViolation;

/**
 * What a file ended as: rows in staging, rows in quarantine, and how many of the latter
 * were duplicate keys.
 */
record FileTotals(long loaded, long quarantined, long duplicates) {

	/**
	 * Fails unless every line read is loaded, quarantined or blank, and the reader saw as
	 * many data rows (lines read less blank ones) as registered.
	 */
	void checkConservation(String path, long read, long blank, long registered) {
		if (read != loaded + quarantined + blank) {
			throw new ConservationViolation(path + ": read " + read + " rows but loaded " + loaded + " + quarantined "
					+ quarantined + " + blank " + blank + " = " + (loaded + quarantined + blank));
		}
		if (read - blank != registered) {
			throw new ConservationViolation(path + ": read " + (read - blank) + " data rows but " + registered
					+ " were registered for it when the batch was checked");
		}
	}

}
