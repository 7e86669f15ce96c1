package org.vocstat.ingest.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * Encodes rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null) into a buffer, so a chunk
 * of rows goes to the server in one {@code COPY ... FROM STDIN}.
 */
final class CopyEncoder {

	private static final int FLUSH_BYTES = 1 << 18;

	private final StringBuilder line = new StringBuilder(512);

	private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);

	void addRow(Object... values) {
		line.setLength(0);
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append('\t');
			}
			appendValue(values[i]);
		}
		line.append('\n');
		buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Whether enough is buffered to be worth sending now. */
	boolean full() {
		return buffer.size() >= FLUSH_BYTES;
	}

	byte[] drain() {
		byte[] bytes = buffer.toByteArray();
		buffer.reset();
		return bytes;
	}

	private void appendValue(Object value) {
		if (value == null) {
			line.append("\\N");
		}
		else if (value instanceof byte[] bytes) {
			line.append("\\\\x").append(HexFormat.of().formatHex(bytes));
		}
		else if (value instanceof Boolean flag) {
			line.append(flag ? 't' : 'f');
		}
		else if (value instanceof BigDecimal number) {
			line.append(number.toPlainString());
		}
		else if (value instanceof LocalDate date) {
			line.append(date);
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
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> line.append("\\\\");
				case '\t' -> line.append("\\t");
				case '\n' -> line.append("\\n");
				case '\r' -> line.append("\\r");
				default -> line.append(c);
			}
		}
	}

}
