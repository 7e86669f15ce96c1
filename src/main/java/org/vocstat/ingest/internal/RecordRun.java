package org.vocstat.ingest.internal;

import java.util.List;

/**
 * The item of a file's ingest step: a run of consecutive records, handed to a worker
 * thread whole (one record at a time would cost more in hand-over than its validation).
 *
 * @param index how many runs of the file this step execution read before it
 * @param endOfFile whether the file ends after these records (the run may then be empty):
 * the chunk that holds it also finishes the file
 */
record RecordRun(int index, List<RawRecord> records, boolean endOfFile) {
}
