package org.vocstat.publication;

import java.util.List;

/**
 * What a prune dropped (or, on a dry run, would drop): each batch with the bytes it held,
 * and the total given back.
 */
public record PruneReport(List<Line> lines, long bytesFreed, boolean dryRun) {

	/** A pruned batch and why it could go. */
	public record Line(long batch, String region, int academicYear, long bytes, String size, String why) {
	}

}
