package org.vocstat.ingest;

/**
 * What the batch check found for one file: its path in the batch (a {@code .csv},
 * {@code .xlsx} or {@code .xls} file), SHA-256, size, data records and encoding (for a
 * workbook its format), and for a workbook the sheet read (null: the first).
 */
public record FileInspection(FileKind kind, String sha256, long bytes, long rows, String encoding, String path,
		String sheet) {

	public FileInspection(FileKind kind, String sha256, long bytes, long rows, String encoding) {
		this(kind, sha256, bytes, rows, encoding, kind.path(), null);
	}

}
