package org.vocstat.ingest.internal;

/**
 * Where a file's ingest stands after its last committed chunk: rows read count its blank
 * lines too, of which there were {@code rowsBlank}.
 */
record Checkpoint(long nextOffset, long nextLine, long rowsRead, long rowsWarned, long rowsBlank) {
}
