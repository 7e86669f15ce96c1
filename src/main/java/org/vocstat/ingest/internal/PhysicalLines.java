package org.vocstat.ingest.internal;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a byte stream into physical lines at LF (dropping a CR before it), keeping each
 * line's exact bytes and byte offset, so that line hashes are computed over what is in
 * the file and a restart can seek to a line. Optionally feeds every byte read into a
 * digest (the file's SHA-256).
 */
final class PhysicalLines {

	/**
	 * A physical line: its 1-based number, byte offset, bytes without terminator, and
	 * whether it ended in CRLF.
	 */
	record Line(long number, long offset, byte[] bytes, boolean crlf, long nextOffset) {

		boolean blank() {
			for (byte b : bytes) {
				if (b != ' ' && b != '\t' && b != '\r') {
					return false;
				}
			}
			return true;
		}

	}

	private final InputStream in;

	private final MessageDigest digest;

	private final byte[] buffer = new byte[1 << 16];

	private int position;

	private int limit;

	private long offset;

	private long lineNumber;

	private boolean eof;

	PhysicalLines(InputStream in, long startOffset, long startLineNumber, MessageDigest digest) {
		this.in = in;
		this.offset = startOffset;
		this.lineNumber = startLineNumber;
		this.digest = digest;
	}

	/**
	 * The next line, or null at the end of the stream (a final line without terminator is
	 * still a line).
	 */
	Line next() throws IOException {
		long start = offset;
		byte[] line = new byte[0];
		int length = 0;
		while (true) {
			if (position == limit && !fill()) {
				if (length == 0) {
					return null;
				}
				return finish(start, line, length, false);
			}
			int newline = indexOf((byte) '\n', position, limit);
			int end = newline < 0 ? limit : newline;
			int chunk = end - position;
			if (length + chunk > line.length) {
				line = Arrays.copyOf(line, Math.max(length + chunk, line.length * 2));
			}
			System.arraycopy(buffer, position, line, length, chunk);
			length += chunk;
			offset += chunk;
			position = end;
			if (newline >= 0) {
				position++;
				offset++;
				boolean crlf = length > 0 && line[length - 1] == '\r';
				return finish(start, line, crlf ? length - 1 : length, crlf);
			}
		}
	}

	private Line finish(long start, byte[] line, int length, boolean crlf) {
		lineNumber++;
		return new Line(lineNumber, start, Arrays.copyOf(line, length), crlf, offset);
	}

	private boolean fill() throws IOException {
		if (eof) {
			return false;
		}
		int read = in.read(buffer, 0, buffer.length);
		if (read <= 0) {
			eof = true;
			return false;
		}
		if (digest != null) {
			digest.update(buffer, 0, read);
		}
		position = 0;
		limit = read;
		return true;
	}

	private int indexOf(byte target, int from, int to) {
		for (int i = from; i < to; i++) {
			if (buffer[i] == target) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The bytes of a record spanning {@code used}, with their line terminators between
	 * them.
	 */
	static byte[] join(List<Line> used) {
		if (used.size() == 1) {
			return used.get(0).bytes();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < used.size(); i++) {
			Line line = used.get(i);
			out.writeBytes(line.bytes());
			if (i < used.size() - 1) {
				out.writeBytes(line.crlf() ? new byte[] { '\r', '\n' } : new byte[] { '\n' });
			}
		}
		return out.toByteArray();
	}

}
