package org.vocstat.delivery;

/**
 * A file as registered for a batch: identity, where it is, and what it held when
 * registered; for a workbook, the sheet read (null: the first).
 */
public record RegisteredFile(long fileId, long batchId, String kind, String path, String sha256, long bytes, long rows,
		String encoding, String sheet) {
}
