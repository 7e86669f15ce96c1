package org.vocstat.ingest.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null)
 * straight into a byte buffer, so a run of rows goes to the server in one write: the
 * quarantine's rows, which are few and free-form (staged rows, millions of them, go in
 * binary: {@link BinaryCopyEncoder}). Values are encoded to UTF-8 once each and escaped
 * byte by byte (the four bytes COPY escapes are ASCII, and never part of a multi-byte
 * UTF-8 character); a control character of {@link ControlCharacters} is written as its
 * control picture, so no NUL ever reaches the server.
 */
final class CopyEncoder {

	private static final byte[] NULL = { '\\', 'N' };

	private static final byte[] BYTEA_PREFIX = { '\\', '\\', 'x' };

	private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private byte[] bytes = new byte[1 << 16];

	private int size;

	void addRow(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				put((byte) '\t');
			}
			appendValue(values[i]);
		}
		put((byte) '\n');
	}

	/** The encoded rows, and an empty buffer for more. */
	byte[] drain() {
		byte[] rows = Arrays.copyOf(bytes, size);
		size = 0;
		return rows;
	}

	private void appendValue(Object value) {
		if (value == null) {
			put(NULL);
		}
		else if (value instanceof byte[] binary) {
			put(BYTEA_PREFIX);
			ensure(binary.length * 2);
			for (byte b : binary) {
				bytes[size++] = HEX[(b >> 4) & 0xF];
				bytes[size++] = HEX[b & 0xF];
			}
		}
		else if (value instanceof Boolean flag) {
			put((byte) (flag ? 't' : 'f'));
		}
		else if (value instanceof BigDecimal number) {
			appendText(number.toPlainString());
		}
		else if (value instanceof LocalDate date) {
			appendText(date.toString());
		}
		else if (value instanceof List<?> list) {
			appendText(arrayLiteral(list));
		}
		else {
			appendText(value.toString());
		}
	}

	private static String arrayLiteral(List<?> list) {
		StringBuilder array = new StringBuilder("{");
		for (int i = 0; i < list.size(); i++) {
			if (i > 0) {
				array.append(',');
			}
			array.append('"');
			String element = list.get(i).toString();
			for (int j = 0; j < element.length(); j++) {
				char c = element.charAt(j);
				if (c == '"' || c == '\\') {
					array.append('\\');
				}
				array.append(c);
			}
			array.append('"');
		}
		return array.append('}').toString();
	}

	private void appendText(String text) {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		ensure(utf8.length * 3);
		for (byte b : utf8) {
			switch (b) {
				case '\\' -> escaped((byte) '\\');
				case '\t' -> escaped((byte) 't');
				case '\n' -> escaped((byte) 'n');
				case '\r' -> escaped((byte) 'r');
				default -> {
					if (ControlCharacters.forbidden(b)) {
						picture(b);
					}
					else {
						bytes[size++] = b;
					}
				}
			}
		}
	}

	/**
	 * A control character as its control picture (three bytes of UTF-8): PostgreSQL
	 * cannot store NUL, and the others would act on whatever shows a quarantined row.
	 */
	private void picture(byte control) {
		char picture = ControlCharacters.picture(control);
		bytes[size++] = (byte) (0xE0 | picture >> 12);
		bytes[size++] = (byte) (0x80 | (picture >> 6) & 0x3F);
		bytes[size++] = (byte) (0x80 | picture & 0x3F);
	}

	private void escaped(byte code) {
		bytes[size++] = '\\';
		bytes[size++] = code;
	}

	private void put(byte b) {
		ensure(1);
		bytes[size++] = b;
	}

	private void put(byte[] run) {
		ensure(run.length);
		System.arraycopy(run, 0, bytes, size, run.length);
		size += run.length;
	}

	private void ensure(int more) {
		if (size + more > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
		}
	}

}
