package org.vocstat.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.vocstat.audit.StepAudit;
import org.vocstat.ingest.FileKind;
import org.vocstat.ingest.HeaderMapping;
import org.vocstat.validation.Finding;
import org.vocstat.validation.Rule;
import org.vocstat.validation.RowSchema;
import org.vocstat.validation.RowValidator;
import org.vocstat.validation.ValidationContext;
import org.vocstat.validation.Verdict;

/**
 * Streams one export file into staging and quarantine, a chunk per call: each call reads up to {@code chunkSize}
 * records, validates them, COPYs accepted rows to the staging table and rejected rows to quarantine, and records the
 * reader's byte offset in {@code ingest_checkpoint}, all in the step's transaction. A restart resumes at the last
 * committed offset, so no row is loaded twice or lost, whatever failed and when. The last call moves duplicate keys to quarantine and checks
 * that rows read = rows loaded + rows quarantined.
 */
public final class FileIngestTasklet implements Tasklet {


	private static final Logger log = LoggerFactory.getLogger(FileIngestTasklet.class);

	private final FileKind kind;

	private final IngestFile file;

	private final int chunkSize;

	private final StagingStore store;

	private RecordReader reader;

	private RowValidator validator;

	private QuarantineMasking masking;

	private final ValidationContext context;

	private Progress progress;

	/** Rows read, read with a warning, and quarantined: committed ones plus those of the chunk in hand. */
	private long read;

	private long warned;

	private long quarantinedSoFar;

	private final CopyEncoder staged = new CopyEncoder();

	private final CopyEncoder quarantined = new CopyEncoder();

	private final Runnable beforeFinish;

	/**
	 * @param beforeFinish runs in the last chunk's transaction before the file is finished (a fault-injection point:
	 * a failure there must roll the whole last chunk back)
	 */
	public FileIngestTasklet(FileKind kind, IngestFile file, ValidationContext context, StagingStore store,
			int chunkSize, Runnable beforeFinish) {
		this.beforeFinish = beforeFinish;
		this.kind = kind;
		this.file = file;
		this.context = context;
		this.store = store;
		this.chunkSize = chunkSize;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		ExecutionContext audit = contribution.getStepExecution().getExecutionContext();
		if (reader == null) {
			open();
			audit.putLong(StepAudit.BATCH_ID, file.batchId());
			audit.putLong(StepAudit.FILE_ID, file.fileId());
		}
		long inChunk = 0;
		SourceRecord record = null;
		try (StagingCopy copy = store.openStaging(kind.schema())) {
			while (inChunk < chunkSize && (record = reader.next()) != null) {
				inChunk++;
				read++;
				contribution.incrementReadCount();
				Verdict verdict = verdictOn(record);
				if (verdict.accepted()) {
					warned += verdict.warnings().isEmpty() ? 0 : 1;
					stage(record, verdict);
					if (staged.full()) {
						copy.write(staged.drain());
					}
				}
				else {
					quarantinedSoFar++;
					quarantine(record, verdict.findings());
				}
			}
			copy.write(staged.drain());
			copy.finish();
		}
		store.copyQuarantine(quarantined.drain());
		// The checkpoint commits with the chunk's rows, or rolls back with them.
		store.saveCheckpoint(file.fileId(), new Checkpoint(reader.position(), reader.nextLineNumber(), read, warned));
		audit.putLong(StepAudit.READ, read);
		audit.putLong(StepAudit.WARNED, warned);
		audit.putLong(StepAudit.QUARANTINED, quarantinedSoFar);
		audit.putLong(StepAudit.LOADED, read - quarantinedSoFar);
		progress.update(read);
		if (record != null) {
			return RepeatStatus.CONTINUABLE;
		}
		finish(contribution, audit);
		return RepeatStatus.FINISHED;
	}

	/**
	 * After a failed step, replaces the counts in its audit context with what was really committed (the failed
	 * chunk's rows were rolled back).
	 */
	public void recordCommittedCounts(ExecutionContext audit) {
		long[] committed = store.committed(kind.schema(), file.fileId());
		Optional<Checkpoint> checkpoint = store.checkpoint(file.fileId());
		audit.putLong(StepAudit.BATCH_ID, file.batchId());
		audit.putLong(StepAudit.FILE_ID, file.fileId());
		audit.putLong(StepAudit.READ, checkpoint.map(Checkpoint::rowsRead).orElse(0L));
		audit.putLong(StepAudit.WARNED, checkpoint.map(Checkpoint::rowsWarned).orElse(0L));
		audit.putLong(StepAudit.LOADED, committed[0]);
		audit.putLong(StepAudit.QUARANTINED, committed[1]);
	}

	private void open() throws IOException {
		Path path = file.path();
		RecordReader header = RecordReader.open(path, kind.system().charset(), null);
		HeaderMapping mapping = file.mapping(header.header());
		validator = new RowValidator(kind.schema(), mapping.fieldIndex());
		masking = new QuarantineMasking(mapping);
		Optional<Checkpoint> checkpoint = store.checkpoint(file.fileId());
		if (checkpoint.isPresent()) {
			header.close();
			reader = RecordReader.resume(path, kind.system().charset(), mapping.headerWidth(),
					checkpoint.get().nextOffset(), checkpoint.get().nextLine());
			read = checkpoint.get().rowsRead();
			warned = checkpoint.get().rowsWarned();
			quarantinedSoFar = store.committed(kind.schema(), file.fileId())[1];
			log.info("{}: resuming at line {} (byte {}) after {} committed rows", kind.code(),
					checkpoint.get().nextLine(), checkpoint.get().nextOffset(), read);
		}
		else {
			reader = header.expectFields(mapping.headerWidth());
		}
		progress = new Progress(kind.code(), file.registeredRows(), read);
	}

	private Verdict verdictOn(SourceRecord record) {
		if (!record.structurallySound()) {
			return new Verdict(null, List.of(new Finding(record.fault(), "", record.fault().description())));
		}
		return validator.validate(record.fields(), context);
	}

	private void stage(SourceRecord record, Verdict verdict) {
		List<Object> row = new ArrayList<>(RowSchema.LINEAGE_COLUMNS.size() + verdict.values().length);
		row.add(file.batchId());
		row.add(file.fileId());
		row.add(record.lineNumber());
		row.add(record.lineSha256());
		row.add(verdict.warnings().isEmpty() ? null
				: verdict.warnings().stream().map(f -> f.rule().name()).distinct().collect(Collectors.joining(";")));
		row.addAll(Arrays.asList(verdict.values()));
		staged.addRow(row.toArray());
	}

	private void quarantine(SourceRecord record, List<Finding> findings) {
		List<String> rules = findings.stream()
			.filter(f -> f.rule().severity() == Rule.Severity.REJECT)
			.map(f -> f.rule().name())
			.distinct()
			.toList();
		String message = findings.stream().map(Finding::render).collect(Collectors.joining("; "));
		quarantined.addRow(file.batchId(), file.fileId(), record.lineNumber(), record.lineSha256(), rules, message,
				masking.render(record.fields(), record.text()));
	}

	private void finish(StepContribution contribution, ExecutionContext audit) {
		closeReader();
		beforeFinish.run();
		FileTotals totals = store.finishFile(kind.schema(), file.fileId(), file.batchId());
		audit.putLong(StepAudit.LOADED, totals.loaded());
		audit.putLong(StepAudit.QUARANTINED, totals.quarantined());
		contribution.incrementWriteCount(totals.loaded());
		contribution.incrementFilterCount(totals.quarantined());
		totals.checkConservation(kind.path(), read, file.registeredRows());
		log.info("{}: read {}, loaded {}, quarantined {} ({} duplicate keys), warnings on {}", kind.code(), read,
				totals.loaded(), totals.quarantined(), totals.duplicates(), warned);
	}

	/** Releases the file; called when the step ends, however it ends. */
	public void closeReader() {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			reader = null;
		}
	}

}
