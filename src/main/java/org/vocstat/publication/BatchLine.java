package org.vocstat.publication;

/**
 * One batch as retention sees it: region, academic year, when it was loaded, whether it
 * is current, superseded or not completely loaded, the editions that hold it, its staged
 * rows and bytes on disk (staging, ledger and figures), and when it was pruned.
 */
public record BatchLine(long batch, String region, int academicYear, String loadedAt, String state, String editions,
		long stagedRows, long bytes, String size, String pruned) {
}
