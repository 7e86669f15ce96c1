package org.vocstat.delivery;

import java.time.Instant;

/**
 * A registered batch as the registry knows it: its region and academic year, when it was
 * completely loaded (null while it is not), and whether it is the region's current batch
 * for that year.
 */
public record RegisteredBatch(long batchId, String region, int academicYear, Instant registeredAt, Instant loadedAt,
		boolean current) {
}
