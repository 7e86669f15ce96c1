package org.vocstat.ingest.internal;

import java.io.ByteArrayOutputStream;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import org.vocstat.validation.RowSchema;

/**
 * The ingest step's writer: a chunk's accepted rows go to the file's staging partition in
 * one binary COPY, its rejected ones to quarantine in one text COPY, both in the chunk's
 * transaction, in file order. The first chunk of an execution makes the partition, unless
 * an earlier one did.
 */
final class RunWriter implements ItemWriter<RunEncoder.EncodedRecords> {

	private final Supplier<OpenFile> open;

	private final StagingStore store;

	RunWriter(Supplier<OpenFile> open, StagingStore store) {
		this.open = open;
		this.store = store;
	}

	@Override
	public void write(Chunk<? extends RunEncoder.EncodedRecords> chunk) {
		OpenFile file = open.get();
		RowSchema schema = file.file.kind().schema();
		if (!file.partitionReady) {
			store.preparePartition(schema, file.file.batchId());
			file.partitionReady = true;
		}
		ByteArrayOutputStream quarantined = new ByteArrayOutputStream();
		try (StagingCopy copy = store.openStaging(schema, file.file.batchId())) {
			for (RunEncoder.EncodedRecords run : chunk) {
				copy.write(run.staged());
				quarantined.writeBytes(run.quarantined());
				file.warned += run.warned();
				file.quarantined += run.quarantinedRows();
				file.loaded += run.read() - run.quarantinedRows();
			}
			copy.finish();
		}
		store.copyQuarantine(quarantined.toByteArray());
	}

}
