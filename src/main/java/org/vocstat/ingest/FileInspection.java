package org.vocstat.ingest;

/**
 * What the batch check found for one file: its SHA-256, size, data records and encoding.
 */
public record FileInspection(FileKind kind, String sha256, long bytes, long rows, String encoding) {
}
