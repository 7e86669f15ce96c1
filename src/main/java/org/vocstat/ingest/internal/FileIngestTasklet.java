package org.vocstat.ingest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

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
import org.vocstat.validation.RowValidator;
import org.vocstat.validation.ValidationContext;

/**
 * Streams one export file into staging and quarantine, a chunk per call: each call reads
 * up to {@code chunkSize} records, has the {@link IngestWorkers} validate them, COPYs
 * accepted rows to the staging table and rejected rows to quarantine, and records the
 * reader's byte offset in {@code ingest_checkpoint}, all in the step's transaction. A
 * restart resumes at the last committed offset, so no row is loaded twice or lost,
 * whatever failed and when. The last call moves duplicate keys to quarantine and checks
 * that rows read = rows loaded + rows quarantined + blank lines, and that the file read
 * is the one registered.
 */
public final class FileIngestTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(FileIngestTasklet.class);

	private final FileKind kind;

	private final IngestFile file;

	private final int chunkSize;

	private final StagingStore store;

	private RecordSource reader;

	private final ValidationContext context;

	private Progress progress;

	/**
	 * Records read, read with a warning, and quarantined: committed ones plus those of
	 * the chunk in hand. The rows read that the audit and checkpoint show count the blank
	 * lines too.
	 */
	private long read;

	/**
	 * Blank lines passed over before this execution's reader was opened (committed in the
	 * checkpoint).
	 */
	private long blankBefore;

	private long warned;

	private long quarantinedSoFar;

	private final ExecutorService workers;

	/**
	 * Runs of records waiting for or being worked on, beyond which this thread waits
	 * (bounds memory).
	 */
	private final int maxInFlight;

	private final int recordsPerTask;

	/** Each worker thread's decoder for this file. */
	private ThreadLocal<RecordDecoder> decoders;

	/** The file's SHA-256 as read, from its first byte. */
	private ReadDigest readDigest;

	private final Runnable beforeFinish;

	private final IntConsumer beforeRun;

	/** Runs of records handed to the workers so far in this execution. */
	private int runs;

	/** Decides and encodes the runs of records, on the worker threads. */
	private RunEncoder runEncoder;

	/**
	 * @param beforeFinish runs in the last chunk's transaction before the file is
	 * finished (a fault-injection point: a failure there must roll the whole last chunk
	 * back)
	 * @param beforeRun runs on the worker thread before each run of records, with how
	 * many runs of the file went before it (a fault-injection point: a worker's failure
	 * must fail the chunk, and nothing else)
	 */
	public FileIngestTasklet(FileKind kind, IngestFile file, ValidationContext context, StagingStore store,
			int chunkSize, IngestWorkers workers, Runnable beforeFinish, IntConsumer beforeRun) {
		this.beforeFinish = beforeFinish;
		this.beforeRun = beforeRun;
		this.workers = workers.executor();
		this.maxInFlight = 2 * workers.count();
		this.recordsPerTask = workers.recordsPerTask();
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
		boolean exhausted;
		ByteArrayOutputStream quarantinedRows = new ByteArrayOutputStream();
		try (StagingCopy copy = store.openStaging(kind.schema(), file.batchId())) {
			exhausted = streamChunk(copy, quarantinedRows, contribution);
			copy.finish();
		}
		store.copyQuarantine(quarantinedRows.toByteArray());
		// The checkpoint commits with the chunk's rows, or rolls back with them.
		long blank = blankBefore + reader.blankLines();
		store.saveCheckpoint(file.fileId(),
				new Checkpoint(reader.position(), reader.nextLineNumber(), read + blank, warned, blank));
		audit.putLong(StepAudit.READ, read + blank);
		audit.putLong(StepAudit.BLANK, blank);
		audit.putLong(StepAudit.WARNED, warned);
		audit.putLong(StepAudit.QUARANTINED, quarantinedSoFar);
		audit.putLong(StepAudit.LOADED, read - quarantinedSoFar);
		progress.update(read);
		if (!exhausted) {
			return RepeatStatus.CONTINUABLE;
		}
		finish(contribution, audit, blank);
		return RepeatStatus.FINISHED;
	}

	/**
	 * Reads up to a chunk of records: this thread delimits them and keeps COPY fed while
	 * the workers decode, validate and encode them. Runs of records go out in order and
	 * are written in order, so COPY receives the rows in file order; at most
	 * {@code maxInFlight} runs are out at once, which bounds memory. True at the end of
	 * the file.
	 */
	private boolean streamChunk(StagingCopy copy, ByteArrayOutputStream quarantinedRows, StepContribution contribution)
			throws IOException {
		Deque<Future<RunEncoder.EncodedRecords>> inFlight = new ArrayDeque<>();
		try {
			boolean exhausted = false;
			long inChunk = 0;
			List<RawRecord> run = new ArrayList<>(recordsPerTask);
			while (inChunk < chunkSize && !exhausted) {
				RawRecord raw = reader.nextRaw();
				exhausted = raw == null;
				if (raw != null) {
					run.add(raw);
					inChunk++;
				}
				boolean chunkEnds = exhausted || inChunk == chunkSize;
				if (run.size() == recordsPerTask || chunkEnds && !run.isEmpty()) {
					List<RawRecord> records = run;
					int index = runs++;
					inFlight.add(workers.submit(() -> {
						beforeRun.accept(index);
						return runEncoder.encode(records, decoders.get());
					}));
					run = new ArrayList<>(recordsPerTask);
				}
				while (inFlight.size() > maxInFlight || chunkEnds && !inFlight.isEmpty()) {
					RunEncoder.EncodedRecords done = await(inFlight.poll());
					copy.write(done.staged());
					quarantinedRows.writeBytes(done.quarantined());
					count(done, contribution);
				}
			}
			return exhausted;
		}
		finally {
			inFlight.forEach(pending -> pending.cancel(true));
		}
	}

	private void count(RunEncoder.EncodedRecords done, StepContribution contribution) {
		read += done.read();
		warned += done.warned();
		quarantinedSoFar += done.quarantinedRows();
		for (int i = 0; i < done.read(); i++) {
			contribution.incrementReadCount();
		}
	}

	private static RunEncoder.EncodedRecords await(Future<RunEncoder.EncodedRecords> work) {
		try {
			return work.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while records were being validated", ex);
		}
		catch (CancellationException ex) {
			throw new IllegalStateException("the ingest workers were shut down before this chunk was validated", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause().getMessage(), ex.getCause());
		}
	}

	/**
	 * After a failed step, replaces the counts in its audit context with what was really
	 * committed (the failed chunk's rows were rolled back).
	 */
	public void recordCommittedCounts(ExecutionContext audit) {
		long[] committed = store.committed(kind.schema(), file.fileId(), file.batchId());
		Optional<Checkpoint> checkpoint = store.checkpoint(file.fileId());
		audit.putLong(StepAudit.BATCH_ID, file.batchId());
		audit.putLong(StepAudit.FILE_ID, file.fileId());
		audit.putLong(StepAudit.READ, checkpoint.map(Checkpoint::rowsRead).orElse(0L));
		audit.putLong(StepAudit.BLANK, checkpoint.map(Checkpoint::rowsBlank).orElse(0L));
		audit.putLong(StepAudit.WARNED, checkpoint.map(Checkpoint::rowsWarned).orElse(0L));
		audit.putLong(StepAudit.LOADED, committed[0]);
		audit.putLong(StepAudit.QUARANTINED, committed[1]);
	}

	private void open() throws IOException {
		Optional<Checkpoint> checkpoint = store.checkpoint(file.fileId());
		readDigest = new ReadDigest(file.shownPath(), file.sha256());
		RecordSource header = RecordSources.open(file, checkpoint.isPresent() ? null : readDigest.digest());
		HeaderMapping mapping = file.mapping(header.header());
		if (checkpoint.isPresent()) {
			header.close();
			// The digest takes the bytes before the checkpoint first: the file is
			// compared whole at its end.
			reader = RecordSources.resume(file, mapping.headerWidth(), checkpoint.get().nextOffset(),
					checkpoint.get().nextLine(), readDigest.digest());
			blankBefore = checkpoint.get().rowsBlank();
			read = checkpoint.get().rowsRead() - blankBefore;
			warned = checkpoint.get().rowsWarned();
			quarantinedSoFar = store.committed(kind.schema(), file.fileId(), file.batchId())[1];
			log.info("{}: resuming at line {} (byte {}) after {} committed rows", kind.code(),
					checkpoint.get().nextLine(), checkpoint.get().nextOffset(), read);
		}
		else {
			reader = header.expectFields(mapping.headerWidth());
		}
		progress = new Progress(kind.code(), file.registeredRows(), read);
		Charset charset = kind.system().charset();
		int width = mapping.headerWidth();
		decoders = ThreadLocal.withInitial(() -> new RecordDecoder(charset, width));
		runEncoder = new RunEncoder(file, new RowValidator(kind.schema(), mapping.fieldIndex()), context,
				new QuarantineMasking(mapping), store.stagingTypes(kind.schema()));
		store.preparePartition(kind.schema(), file.batchId());
	}

	private void finish(StepContribution contribution, ExecutionContext audit, long blank) {
		closeReader();
		// Throwing here rolls the last chunk back; the step's listener drops the
		// committed ones (discardFile).
		readDigest.requireRegistered();
		beforeFinish.run();
		FileTotals totals = store.finishFile(kind.schema(), file.fileId(), file.batchId());
		audit.putLong(StepAudit.LOADED, totals.loaded());
		audit.putLong(StepAudit.QUARANTINED, totals.quarantined());
		contribution.incrementWriteCount(totals.loaded());
		contribution.incrementFilterCount(totals.quarantined());
		totals.checkConservation(kind.path(), read + blank, blank, file.registeredRows());
		log.info("{}: read {} ({} blank lines), loaded {}, quarantined {} ({} duplicate keys), warnings on {}",
				kind.code(), read + blank, blank, totals.loaded(), totals.quarantined(), totals.duplicates(), warned);
	}

	/** Whether the file turned out to differ from the registered one. */
	public boolean fileChanged() {
		return readDigest != null && readDigest.differed();
	}

	/**
	 * Drops every row the file's committed chunks left, and its checkpoint; after the
	 * step, in a statement of its own.
	 */
	public void discardFile() {
		try {
			store.discardFile(kind.schema(), file.fileId(), file.batchId());
			log.warn("{}: changed during its load; its committed rows and checkpoint were deleted", kind.code());
		}
		catch (RuntimeException ex) {
			// The step has failed already; a restart refuses the run while the file
			// differs from the registered one.
			log.error("{}: changed during its load, and its committed rows could not be deleted: {}", kind.code(),
					ex.getMessage(), ex);
		}
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
