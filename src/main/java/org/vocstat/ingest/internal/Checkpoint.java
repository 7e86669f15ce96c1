package org.vocstat.ingest.internal;

/** Where a file's ingest stands after its last committed chunk. */
record Checkpoint(long nextOffset, long nextLine, long rowsRead, long rowsWarned) {
}
