package org.vocstat.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * reader's byte offset in the step's execution context, all in the step's transaction. A restart resumes at the last
 * committed offset, so no row is loaded twice or lost. The last call moves duplicate keys to quarantine and checks
 * that rows read = rows loaded + rows quarantined.
 */
public final class FileIngestTasklet implements Tasklet {

	/** Execution-context keys of the checkpoint; the running counts use {@link StepAudit}'s keys. */
	public static final String OFFSET = "ingest.offset", NEXT_LINE = "ingest.nextLine";

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

	private final CopyEncoder staged = new CopyEncoder();

	private final CopyEncoder quarantined = new CopyEncoder();

	public FileIngestTasklet(FileKind kind, IngestFile file, ValidationContext context, StagingStore store,
			int chunkSize) {
		this.kind = kind;
		this.file = file;
		this.context = context;
		this.store = store;
		this.chunkSize = chunkSize;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		ExecutionContext checkpoint = contribution.getStepExecution().getExecutionContext();
		if (reader == null) {
			open(checkpoint);
			checkpoint.putLong(StepAudit.BATCH_ID, file.batchId());
			checkpoint.putLong(StepAudit.FILE_ID, file.fileId());
		}
		long read = 0;
		long warned = 0;
		long rejected = 0;
		SourceRecord record = null;
		while (read < chunkSize && (record = reader.next()) != null) {
			read++;
			contribution.incrementReadCount();
			Verdict verdict = verdictOn(record);
			if (verdict.accepted()) {
				warned += verdict.warnings().isEmpty() ? 0 : 1;
				stage(record, verdict);
			}
			else {
				rejected++;
				quarantine(record, verdict.findings());
			}
		}
		store.copy(kind.schema(), staged.drain(), quarantined.drain());
		checkpoint.putLong(OFFSET, reader.position());
		checkpoint.putLong(NEXT_LINE, reader.nextLineNumber());
		checkpoint.putLong(StepAudit.READ, checkpoint.getLong(StepAudit.READ, 0) + read);
		checkpoint.putLong(StepAudit.WARNED, checkpoint.getLong(StepAudit.WARNED, 0) + warned);
		checkpoint.putLong(StepAudit.LOADED, checkpoint.getLong(StepAudit.LOADED, 0) + read - rejected);
		checkpoint.putLong(StepAudit.QUARANTINED, checkpoint.getLong(StepAudit.QUARANTINED, 0) + rejected);
		progress.update(checkpoint.getLong(StepAudit.READ));
		if (record != null) {
			return RepeatStatus.CONTINUABLE;
		}
		finish(contribution, checkpoint);
		return RepeatStatus.FINISHED;
	}

	private void open(ExecutionContext checkpoint) throws IOException {
		Path path = file.path();
		RecordReader header = RecordReader.open(path, kind.system().charset(), null);
		HeaderMapping mapping = file.mapping(header.header());
		validator = new RowValidator(kind.schema(), mapping.fieldIndex());
		masking = new QuarantineMasking(mapping);
		progress = new Progress(kind.code(), file.registeredRows(), checkpoint.getLong(StepAudit.READ, 0));
		if (checkpoint.containsKey(OFFSET)) {
			header.close();
			reader = RecordReader.resume(path, kind.system().charset(), mapping.headerWidth(),
					checkpoint.getLong(OFFSET), checkpoint.getLong(NEXT_LINE));
			log.info("{}: resuming at line {} (byte {})", kind.code(), checkpoint.getLong(NEXT_LINE),
					checkpoint.getLong(OFFSET));
		}
		else {
			reader = header.expectFields(mapping.headerWidth());
		}
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

	private void finish(StepContribution contribution, ExecutionContext checkpoint) {
		closeReader();
		FileTotals totals = store.finishFile(kind.schema(), file.fileId(), file.batchId());
		long read = checkpoint.getLong(StepAudit.READ);
		checkpoint.putLong(StepAudit.LOADED, totals.loaded());
		checkpoint.putLong(StepAudit.QUARANTINED, totals.quarantined());
		contribution.incrementWriteCount(totals.loaded());
		contribution.incrementFilterCount(totals.quarantined());
		totals.checkConservation(kind.path(), read, file.registeredRows());
		log.info("{}: read {}, loaded {}, quarantined {} ({} duplicate keys), warnings on {}", kind.code(), read,
				totals.loaded(), totals.quarantined(), totals.duplicates(), checkpoint.getLong(StepAudit.WARNED));
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
