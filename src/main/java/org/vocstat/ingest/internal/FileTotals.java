package org.vocstat.ingest.internal;

import org.vocstat.audit.ConservationViolation;

/** What a file ended as: rows in staging, rows in quarantine, and how many of the latter were duplicate keys. */
record FileTotals(long loaded, long quarantined, long duplicates) {

	/** Fails unless every record read is either loaded or quarantined, and the reader saw as many as registered. */
	void checkConservation(String path, long read, long registered) {
		if (read != loaded + quarantined) {
			throw new ConservationViolation(path + ": read " + read + " rows but loaded " + loaded + " + quarantined "
					+ quarantined + " = " + (loaded + quarantined));
		}
		if (read != registered) {
			throw new ConservationViolation(path + ": read " + read + " rows but " + registered
					+ " were registered for it when the batch was checked");
		}
	}

}
