package org.vocstat.ingest.internal;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.vocstat.audit.StepAudit;
import org.vocstat.validation.ValidationContext;

/**
 * One execution of a file's ingest step as its reader, processor, writer and end-of-file
 * listener share it: the registered file, how its header maps, and the file's counts so
 * far (committed chunks plus the chunk in hand). The counts go to the step's execution
 * context with each chunk, in its transaction, so after a failure the context holds what
 * was committed and a restart takes them up from there.
 */
final class OpenFile {

	final IngestFile file;

	final ValidationContext context;

	/** Made by the reader once it has read the header: the processor's. */
	volatile RunEncoder encoder;

	/** The file's SHA-256 as read, from its first byte. */
	volatile ReadDigest digest;

	/** Records read (blank lines not counted) and blank lines passed over. */
	long records;

	long blank;

	long warned;

	long quarantined;

	long loaded;

	/** Whether the partition was prepared in this execution. */
	boolean partitionReady;

	OpenFile(IngestFile file, ValidationContext context) {
		this.file = file;
		this.context = context;
	}

	/** Takes up the counts a previous execution committed. */
	void restore(ExecutionContext committed) {
		records = committed.getLong(StepAudit.READ, 0) - committed.getLong(StepAudit.BLANK, 0);
		blank = committed.getLong(StepAudit.BLANK, 0);
		warned = committed.getLong(StepAudit.WARNED, 0);
		quarantined = committed.getLong(StepAudit.QUARANTINED, 0);
		loaded = committed.getLong(StepAudit.LOADED, 0);
	}

	/** Puts the counts in the step's context, for the audit and for a restart. */
	void save(ExecutionContext context) {
		context.putLong(StepAudit.BATCH_ID, file.batchId());
		context.putLong(StepAudit.FILE_ID, file.fileId());
		context.putLong(StepAudit.READ, records + blank);
		context.putLong(StepAudit.BLANK, blank);
		context.putLong(StepAudit.WARNED, warned);
		context.putLong(StepAudit.QUARANTINED, quarantined);
		context.putLong(StepAudit.LOADED, loaded);
	}

	/** The file's rows were deleted: it stands at nothing read. */
	void clear(ExecutionContext context) {
		records = blank = warned = quarantined = loaded = 0;
		save(context);
	}

}
