package org.vocstat.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import org.vocstat.ingest.HeaderMapping;
import org.vocstat.validation.RowValidator;

/**
 * Reads one export file as runs of records. Where the file stands after a chunk (the byte
 * offset and number of the next line, the blank lines passed over, whether the file was
 * finished) goes to the step's execution context with the chunk's rows, in its
 * transaction: a restart opens the file there, and feeds the bytes before it to the
 * file's digest first, so that the whole file is still compared with the registered
 * SHA-256 at its end. A chunk holds {@code chunkSize} records, cut into runs of at most
 * {@code runSize}; the run the file ends in is marked, and nothing comes after it.
 */
final class RunReader implements ItemStreamReader<RecordRun> {

	private static final Logger log = LoggerFactory.getLogger(RunReader.class);

	static final String OFFSET = "ingest.offset", NEXT_LINE = "ingest.nextLine", FINISHED = "ingest.finished";

	private final Supplier<OpenFile> open;

	private final StagingStore store;

	private final int chunkSize;

	private final int runSize;

	private final int runsPerChunk;

	private OpenFile file;

	private RecordSource reader;

	/** Blank lines counted before this execution's reader was opened. */
	private long blankBefore;

	private int runs;

	private boolean ended;

	private Progress progress;

	RunReader(Supplier<OpenFile> open, StagingStore store, int chunkSize, int recordsPerTask) {
		this.open = open;
		this.store = store;
		this.chunkSize = chunkSize;
		this.runSize = Math.min(chunkSize, recordsPerTask);
		this.runsPerChunk = FileChunks.runsPerChunk(chunkSize, recordsPerTask);
	}

	@Override
	public void open(ExecutionContext context) {
		file = open.get();
		runs = 0;
		ended = context.containsKey(FINISHED) && context.getString(FINISHED).equals("true");
		file.restore(context);
		blankBefore = file.blank;
		if (ended) {
			return;
		}
		try {
			reader = openSource(context);
		}
		catch (IOException ex) {
			throw new ItemStreamException(file.file.kind().path() + " cannot be read: " + ex.getMessage(), ex);
		}
		progress = new Progress(file.file.kind().code(), file.file.registeredRows(), file.records);
	}

	/**
	 * Opens the file at its start, or where the last committed chunk left it, reads its
	 * header and makes what the processor decodes and validates with. The only place a
	 * file is opened.
	 */
	private RecordSource openSource(ExecutionContext context) throws IOException {
		IngestFile ingested = file.file;
		Charset charset = ingested.kind().system().charset();
		boolean resumed = context.containsKey(OFFSET);
		file.digest = new ReadDigest(ingested.shownPath(), ingested.sha256());
		RecordSource header = RecordSources.open(ingested, resumed ? null : file.digest.digest());
		HeaderMapping mapping = ingested.mapping(header.header());
		int width = mapping.headerWidth();
		file.encoder = new RunEncoder(ingested, new RowValidator(ingested.kind().schema(), mapping.fieldIndex()),
				file.context, new QuarantineMasking(mapping), store.stagingTypes(ingested.kind().schema()), charset,
				width);
		if (!resumed) {
			return header.expectFields(width);
		}
		header.close();
		long offset = context.getLong(OFFSET);
		long line = context.getLong(NEXT_LINE);
		log.info("{}: resuming at line {} (byte {}) after {} committed rows", ingested.kind().code(), line, offset,
				file.records);
		// The digest takes the bytes before the offset first: the file is compared whole
		// at its end.
		return RecordSources.resume(ingested, width, offset, line, file.digest.digest());
	}

	@Override
	public RecordRun read() throws IOException {
		if (ended) {
			return null;
		}
		int length = runs % runsPerChunk < runsPerChunk - 1 ? runSize : chunkSize - (runsPerChunk - 1) * runSize;
		List<RawRecord> records = new ArrayList<>(length);
		RawRecord raw = null;
		while (records.size() < length && (raw = reader.nextRaw()) != null) {
			records.add(raw);
		}
		ended = raw == null;
		file.records += records.size();
		file.blank = blankBefore + reader.blankLines();
		return new RecordRun(runs++, records, ended);
	}

	@Override
	public void update(ExecutionContext context) {
		if (reader != null) {
			context.putLong(OFFSET, reader.position());
			context.putLong(NEXT_LINE, reader.nextLineNumber());
			progress.update(file.records);
		}
		context.putString(FINISHED, String.valueOf(ended));
		file.save(context);
	}

	@Override
	public void close() {
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

	/** Forgets where the file stood: its committed rows were deleted. */
	static void forget(ExecutionContext context) {
		context.remove(OFFSET);
		context.remove(NEXT_LINE);
		context.remove(FINISHED);
	}

}
