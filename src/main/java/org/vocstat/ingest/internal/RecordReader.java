package org.vocstat.ingest.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.opencsv.RFC4180Parser;

import org.vocstat.validation.Rule;

/**
 * Reads the records of one RFC 4180 export file, byte-exact and resumable.
 *
 * <p>
 * A record may span lines inside a quoted field. A quote that is never closed would
 * otherwise swallow every following row, so a record still open after
 * {@value #MAX_LINES_PER_RECORD} lines, at the end of the file, or one that spans lines
 * and then has the wrong number of fields, is taken to be a broken first line: that line
 * alone becomes a {@link Rule#CSV_QUOTE} record and reading resumes on the next line.
 * Blank lines (empty, or spaces, tabs and carriage returns only) outside a quoted field
 * are not records; the reader counts them.
 */
public final class RecordReader implements RecordSource {

	static final int MAX_LINES_PER_RECORD = 10;

	private static final byte QUOTE = '"';

	private final InputStream in;

	private final PhysicalLines lines;

	private final Deque<PhysicalLines.Line> pushedBack = new ArrayDeque<>();

	private final Charset charset;

	/**
	 * This thread's decoder for the records it decodes itself; made once the field count
	 * is known.
	 */
	private RecordDecoder decoder;

	private int fieldCount;

	private String[] header;

	private long lastOffset;

	private long lastLineNumber;

	private long blankLines;

	private RecordReader(Path file, Charset charset, long offset, long lineNumber, int fieldCount,
			MessageDigest fileDigest) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
		if (fileDigest != null) {
			ReadDigest.feedPrefix(channel, offset, fileDigest);
		}
		channel.position(offset);
		this.in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
		this.lines = new PhysicalLines(in, offset, lineNumber, fileDigest);
		this.charset = charset;
		this.fieldCount = fieldCount;
		this.lastOffset = offset;
		this.lastLineNumber = lineNumber;
	}

	/**
	 * Opens a file at its start and reads its header line; {@code fileDigest}, if not
	 * null, receives every byte of the file as it is read.
	 */
	public static RecordReader open(Path file, Charset charset, MessageDigest fileDigest) throws IOException {
		RecordReader probe = new RecordReader(file, charset, 0, 0, 0, fileDigest);
		probe.header = probe.readHeader();
		return probe;
	}

	/**
	 * Opens a file at a checkpoint taken earlier with {@link #position()} and
	 * {@link #nextLineNumber()}.
	 */
	public static RecordReader resume(Path file, Charset charset, int fieldCount, long offset, long nextLineNumber)
			throws IOException {
		return resume(file, charset, fieldCount, offset, nextLineNumber, null);
	}

	/**
	 * As {@link #resume(Path, Charset, int, long, long)}; {@code fileDigest}, if not
	 * null, first receives the file's bytes before {@code offset}, then every byte read,
	 * so that at the end it holds the whole file's hash as a read from the start would.
	 */
	public static RecordReader resume(Path file, Charset charset, int fieldCount, long offset, long nextLineNumber,
			MessageDigest fileDigest) throws IOException {
		return new RecordReader(file, charset, offset, nextLineNumber - 1, fieldCount, fileDigest);
	}

	/**
	 * The header fields, trimmed, with any BOM removed; null when the file is empty or
	 * resumed.
	 */
	@Override
	public String[] header() {
		return header;
	}

	/** Sets how many fields a record must have: the header's count. */
	@Override
	public RecordReader expectFields(int fields) {
		this.fieldCount = fields;
		this.decoder = null;
		return this;
	}

	/** The next record, or null at the end of the file. */
	public SourceRecord next() throws IOException {
		RawRecord raw = nextRaw();
		return raw == null ? null : raw.decode(decoder());
	}

	/**
	 * Moves past the next record, decoding it only if it spans lines; false at the end of
	 * the file. Counting records this way costs a scan for line ends and quotes.
	 */
	@Override
	public boolean skip() throws IOException {
		return nextRaw() != null;
	}

	/**
	 * The next record's extent, or null at the end of the file. A line whose quotes
	 * balance is a record by itself and comes back undecoded (decoding, hashing and
	 * splitting it is most of the work, and may run on other threads); a record spanning
	 * lines is decoded here, since whether it really is one depends on its fields.
	 */
	@Override
	public RawRecord nextRaw() throws IOException {
		PhysicalLines.Line first = nextNonBlank();
		if (first == null) {
			return null;
		}
		int quotes = count(first.bytes());
		if (quotes % 2 == 0) {
			return RawRecord.line(first.number(), first.bytes());
		}
		List<PhysicalLines.Line> used = new ArrayList<>(2);
		used.add(first);
		while (quotes % 2 != 0) {
			PhysicalLines.Line more = used.size() < MAX_LINES_PER_RECORD ? take() : null;
			if (more == null) {
				return RawRecord.decoded(brokenQuote(used));
			}
			used.add(more);
			quotes += count(more.bytes());
		}
		return RawRecord.decoded(spanning(used));
	}

	private SourceRecord spanning(List<PhysicalLines.Line> used) {
		RecordDecoder decoder = decoder();
		byte[] bytes = PhysicalLines.join(used);
		long number = used.get(0).number();
		String text;
		try {
			text = decoder.text(bytes);
		}
		catch (CharacterCodingException ex) {
			// Quotes balance, so the record's extent is right; only its bytes are bad.
			return new SourceRecord(number, decoder.hash(bytes), decoder.lenient(bytes), null, Rule.ENCODING);
		}
		try {
			String[] fields = decoder.fields(text);
			if (decoder.fitsHeader(fields)) {
				return new SourceRecord(number, decoder.hash(bytes), text, fields, RecordDecoder.controlFault(text));
			}
		}
		catch (IOException | RuntimeException ex) {
			// falls through: not a record after all
		}
		return brokenQuote(used);
	}

	/** Blank lines passed over since this reader was opened (or resumed). */
	@Override
	public long blankLines() {
		return blankLines;
	}

	/** Byte offset of the first line not yet consumed: where {@link #resume} starts. */
	@Override
	public long position() {
		PhysicalLines.Line pending = pushedBack.peekFirst();
		return pending != null ? pending.offset() : lastOffset;
	}

	/** Number of the first line not yet consumed. */
	@Override
	public long nextLineNumber() {
		PhysicalLines.Line pending = pushedBack.peekFirst();
		return pending != null ? pending.number() : lastLineNumber + 1;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	private String[] readHeader() throws IOException {
		PhysicalLines.Line line = take();
		if (line == null) {
			return null;
		}
		byte[] bytes = line.bytes();
		int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		String text = new String(bytes, skip, bytes.length - skip, charset);
		String[] fields = new RFC4180Parser().parseLine(text);
		for (int i = 0; i < fields.length; i++) {
			fields[i] = fields[i].strip();
		}
		return fields;
	}

	private SourceRecord brokenQuote(List<PhysicalLines.Line> used) {
		for (int i = used.size() - 1; i >= 1; i--) {
			pushedBack.addFirst(used.get(i));
		}
		PhysicalLines.Line first = used.get(0);
		RecordDecoder decoder = decoder();
		return new SourceRecord(first.number(), decoder.hash(first.bytes()), decoder.lenient(first.bytes()), null,
				Rule.CSV_QUOTE);
	}

	private PhysicalLines.Line nextNonBlank() throws IOException {
		PhysicalLines.Line line = take();
		while (line != null && line.blank()) {
			blankLines++;
			line = take();
		}
		return line;
	}

	private PhysicalLines.Line take() throws IOException {
		PhysicalLines.Line line = pushedBack.pollFirst();
		if (line == null) {
			line = lines.next();
		}
		if (line != null) {
			lastOffset = line.nextOffset();
			lastLineNumber = line.number();
		}
		return line;
	}

	private static int count(byte[] bytes) {
		int n = 0;
		for (byte b : bytes) {
			if (b == QUOTE) {
				n++;
			}
		}
		return n;
	}

	private RecordDecoder decoder() {
		if (decoder == null) {
			decoder = new RecordDecoder(charset, fieldCount);
		}
		return decoder;
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
