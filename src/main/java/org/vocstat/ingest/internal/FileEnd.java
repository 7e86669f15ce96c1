package org.vocstat.ingest.internal;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Finishes a file in the transaction of its last chunk, once that chunk's rows are
 * written: checks that the bytes read hash as registered, moves duplicate keys to
 * quarantine, attaches the batch's partition, and checks that rows read = rows loaded +
 * rows quarantined + blank lines, and that as many data rows were read as registered. A
 * failure there rolls the last chunk back with its position, so a restart reads it again.
 * When the step ends, a file found changed loses every row its committed chunks left.
 */
final class FileEnd implements ItemWriteListener<RunEncoder.EncodedRecords>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(FileEnd.class);

	private final Supplier<OpenFile> open;

	private final StagingStore store;

	FileEnd(Supplier<OpenFile> open, StagingStore store) {
		this.open = open;
		this.store = store;
	}

	/** Whether the chunk holds the run the file ends in (always its last). */
	static boolean endsFile(Chunk<? extends RunEncoder.EncodedRecords> chunk) {
		return !chunk.isEmpty() && chunk.getItems().get(chunk.size() - 1).endOfFile();
	}

	@Override
	public void afterWrite(Chunk<? extends RunEncoder.EncodedRecords> chunk) {
		if (!endsFile(chunk)) {
			return;
		}
		OpenFile file = open.get();
		IngestFile ingested = file.file;
		// Throwing here rolls the last chunk back; afterStep drops the committed ones.
		file.digest.requireRegistered();
		FileTotals totals = store.finishFile(ingested.kind().schema(), ingested.fileId(), ingested.batchId());
		file.loaded = totals.loaded();
		file.quarantined = totals.quarantined();
		long read = file.records + file.blank;
		totals.checkConservation(ingested.kind().path(), read, file.blank, ingested.registeredRows());
		log.info("{}: read {} ({} blank lines), loaded {}, quarantined {} ({} duplicate keys), warnings on {}",
				ingested.kind().code(), read, file.blank, totals.loaded(), totals.quarantined(), totals.duplicates(),
				file.warned);
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		OpenFile file = open.get();
		if (file != null && file.digest != null && file.digest.differed()) {
			discard(file);
			file.clear(step.getExecutionContext());
			RunReader.forget(step.getExecutionContext());
		}
		return step.getExitStatus();
	}

	/**
	 * Drops every row the file's committed chunks left, in a statement of its own: the
	 * file changed while it was being loaded, so none of them can be trusted.
	 */
	private void discard(OpenFile file) {
		IngestFile ingested = file.file;
		try {
			store.discardFile(ingested.kind().schema(), ingested.fileId(), ingested.batchId());
			log.warn("{}: changed during its load; its committed rows were deleted", ingested.kind().code());
		}
		catch (RuntimeException ex) {
			// The step has failed already; a restart refuses the run while the file
			// differs from the registered one.
			log.error("{}: changed during its load, and its committed rows could not be deleted: {}",
					ingested.kind().code(), ex.getMessage(), ex);
		}
	}

}
