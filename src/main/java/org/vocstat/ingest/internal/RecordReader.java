package org.vocstat.ingest.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
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
 * <p>A record may span lines inside a quoted field. A quote that is never closed would otherwise swallow every
 * following row, so a record still open after {@value #MAX_LINES_PER_RECORD} lines, at the end of the file, or one
 * that spans lines and then has the wrong number of fields, is taken to be a broken first line: that line alone
 * becomes a {@link Rule#CSV_QUOTE} record and reading resumes on the next line. Blank lines are not records.
 */
public final class RecordReader implements Closeable {

	static final int MAX_LINES_PER_RECORD = 10;

	private static final byte QUOTE = '"';

	private final InputStream in;

	private final PhysicalLines lines;

	private final Deque<PhysicalLines.Line> pushedBack = new ArrayDeque<>();

	private final CharsetDecoder decoder;

	private final RFC4180Parser parser = new RFC4180Parser();

	private int fieldCount;

	private final MessageDigest lineDigest;

	private String[] header;

	private long lastOffset;

	private long lastLineNumber;

	private RecordReader(Path file, Charset charset, long offset, long lineNumber, int fieldCount,
			MessageDigest fileDigest) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
		channel.position(offset);
		this.in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
		this.lines = new PhysicalLines(in, offset, lineNumber, fileDigest);
		this.decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		this.fieldCount = fieldCount;
		this.lineDigest = sha256();
		this.lastOffset = offset;
		this.lastLineNumber = lineNumber;
	}

	/**
	 * Opens a file at its start and reads its header line; {@code fileDigest}, if not null, receives every byte of
	 * the file as it is read.
	 */
	public static RecordReader open(Path file, Charset charset, MessageDigest fileDigest) throws IOException {
		RecordReader probe = new RecordReader(file, charset, 0, 0, 0, fileDigest);
		probe.header = probe.readHeader();
		return probe;
	}

	/** Opens a file at a checkpoint taken earlier with {@link #position()} and {@link #nextLineNumber()}. */
	public static RecordReader resume(Path file, Charset charset, int fieldCount, long offset, long nextLineNumber)
			throws IOException {
		return new RecordReader(file, charset, offset, nextLineNumber - 1, fieldCount, null);
	}

	/** The header fields, trimmed, with any BOM removed; null when the file is empty or resumed. */
	public String[] header() {
		return header;
	}

	/** Sets how many fields a record must have: the header's count. */
	public RecordReader expectFields(int fields) {
		this.fieldCount = fields;
		return this;
	}

	/** The next record, or null at the end of the file. */
	public SourceRecord next() throws IOException {
		PhysicalLines.Line first = nextNonBlank();
		if (first == null) {
			return null;
		}
		List<PhysicalLines.Line> used = new ArrayList<>(1);
		used.add(first);
		int quotes = count(first.bytes());
		while (quotes % 2 != 0) {
			PhysicalLines.Line more = used.size() < MAX_LINES_PER_RECORD ? take() : null;
			if (more == null) {
				return brokenQuote(used);
			}
			used.add(more);
			quotes += count(more.bytes());
		}
		byte[] bytes = join(used);
		String text;
		try {
			text = decoder.reset().decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			// Quotes balance, so the record's extent is right; only its bytes are bad.
			return new SourceRecord(first.number(), hash(bytes), new String(bytes, decoder.charset()), null, Rule.ENCODING);
		}
		String[] fields;
		try {
			fields = parser.parseLine(text);
		}
		catch (IOException | RuntimeException ex) {
			return used.size() > 1 ? brokenQuote(used) : new SourceRecord(first.number(), hash(bytes), text, null, Rule.CSV_QUOTE);
		}
		if (fieldCount > 0 && fields.length != fieldCount) {
			if (used.size() > 1) {
				return brokenQuote(used);
			}
			return new SourceRecord(first.number(), hash(bytes), text, fields, Rule.CSV_COLUMNS);
		}
		return new SourceRecord(first.number(), hash(bytes), text, fields, null);
	}

	/** Byte offset of the first line not yet consumed: where {@link #resume} starts. */
	public long position() {
		PhysicalLines.Line pending = pushedBack.peekFirst();
		return pending != null ? pending.offset() : lastOffset;
	}

	/** Number of the first line not yet consumed. */
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
		String text = new String(bytes, skip, bytes.length - skip, decoder.charset());
		String[] fields = parser.parseLine(text);
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
		String text = new String(first.bytes(), decoder.charset());
		return new SourceRecord(first.number(), hash(first.bytes()), text, null, Rule.CSV_QUOTE);
	}

	private PhysicalLines.Line nextNonBlank() throws IOException {
		PhysicalLines.Line line = take();
		while (line != null && line.blank()) {
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

	private static byte[] join(List<PhysicalLines.Line> used) {
		if (used.size() == 1) {
			return used.get(0).bytes();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < used.size(); i++) {
			PhysicalLines.Line line = used.get(i);
			out.writeBytes(line.bytes());
			if (i < used.size() - 1) {
				out.writeBytes(line.crlf() ? new byte[] { '\r', '\n' } : new byte[] { '\n' });
			}
		}
		return out.toByteArray();
	}

	private byte[] hash(byte[] bytes) {
		return lineDigest.digest(bytes);
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
