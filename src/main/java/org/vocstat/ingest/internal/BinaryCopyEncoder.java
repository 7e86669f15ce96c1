package org.vocstat.ingest.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.postgresql.util.ByteConverter;

/**
 * Encodes rows in PostgreSQL's binary COPY format, each value in the form of its column's
 * type. The server then stores what it receives instead of parsing text (measured in
 * bench/performance.md), and the workers no longer escape text or print numbers, dates
 * and hex.
 */
final class BinaryCopyEncoder {

	/**
	 * The signature, flags and header-extension length that open a binary COPY stream.
	 */
	static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0,
			0 };

	/** A field count of -1: the end of the stream. */
	static final byte[] TRAILER = { (byte) 0xFF, (byte) 0xFF };

	/** Days from 1970-01-01, Java's epoch, to 2000-01-01, PostgreSQL's. */
	private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

	/** The type OID of {@code text}, which a binary array names for its elements. */
	private static final int TEXT_OID = 25;

	private final CopyColumnType[] types;

	private final List<String> columns;

	private byte[] bytes = new byte[1 << 16];

	private int size;

	BinaryCopyEncoder(List<String> columns, List<CopyColumnType> types) {
		if (columns.size() != types.size()) {
			throw new IllegalArgumentException(columns.size() + " columns but " + types.size() + " types");
		}
		this.columns = List.copyOf(columns);
		this.types = types.toArray(CopyColumnType[]::new);
	}

	/** One row: a value (or null) per column, in column order. */
	void addRow(Object... values) {
		if (values.length != types.length) {
			throw new IllegalArgumentException(values.length + " values for " + types.length + " columns");
		}
		int rowStart = size;
		try {
			ensure(2);
			ByteConverter.int2(bytes, size, values.length);
			size += 2;
			for (int i = 0; i < values.length; i++) {
				if (values[i] == null) {
					putInt(-1);
				}
				else {
					appendValue(i, values[i]);
				}
			}
		}
		catch (RuntimeException ex) {
			// No half row: what is in the buffer stays a sequence of whole tuples.
			size = rowStart;
			throw ex;
		}
	}

	/** The encoded rows, and an empty buffer for more. */
	byte[] drain() {
		byte[] rows = Arrays.copyOf(bytes, size);
		size = 0;
		return rows;
	}

	private void appendValue(int column, Object value) {
		switch (types[column]) {
			case INT8 -> {
				putInt(8);
				ensure(8);
				ByteConverter.int8(bytes, size, whole(column, value, Long.MIN_VALUE, Long.MAX_VALUE));
				size += 8;
			}
			case INT4 -> {
				putInt(4);
				putInt((int) whole(column, value, Integer.MIN_VALUE, Integer.MAX_VALUE));
			}
			case INT2 -> {
				putInt(2);
				ensure(2);
				ByteConverter.int2(bytes, size, (int) whole(column, value, Short.MIN_VALUE, Short.MAX_VALUE));
				size += 2;
			}
			case NUMERIC -> putField(ByteConverter.numeric(decimal(column, value)));
			case DATE -> {
				putInt(4);
				putInt(Math.toIntExact(expect(column, value, LocalDate.class).toEpochDay() - POSTGRES_EPOCH_DAY));
			}
			case BOOL -> {
				putInt(1);
				ensure(1);
				bytes[size++] = (byte) (expect(column, value, Boolean.class) ? 1 : 0);
			}
			case BYTEA -> putField(expect(column, value, byte[].class));
			case TEXT -> putField(text(column, value).getBytes(StandardCharsets.UTF_8));
			case TEXT_ARRAY -> appendTextArray(expect(column, value, List.class));
		}
	}

	/**
	 * A one-dimensional text array: dimensions, flags, element type, then each element as
	 * a text field.
	 */
	private void appendTextArray(List<?> elements) {
		// Elements are the strings of a list field (Fields.list); the text format wrote
		// each one's toString too.
		byte[][] encoded = new byte[elements.size()][];
		int length = elements.isEmpty() ? 12 : 20;
		boolean hasNull = false;
		for (int i = 0; i < encoded.length; i++) {
			Object element = elements.get(i);
			encoded[i] = element == null ? null : String.valueOf(element).getBytes(StandardCharsets.UTF_8);
			hasNull |= element == null;
			length += 4 + (element == null ? 0 : encoded[i].length);
		}
		putInt(length);
		putInt(elements.isEmpty() ? 0 : 1);
		putInt(hasNull ? 1 : 0);
		putInt(TEXT_OID);
		if (!elements.isEmpty()) {
			putInt(elements.size());
			putInt(1);
		}
		for (byte[] element : encoded) {
			if (element == null) {
				putInt(-1);
			}
			else {
				putField(element);
			}
		}
	}

	private long whole(int column, Object value, long min, long max) {
		// Only integer types: a BigDecimal, even a whole one, was refused by integer
		// columns in the text format too.
		if (!(value instanceof Long || value instanceof Integer || value instanceof Short)) {
			throw mismatch(column, value);
		}
		long whole = ((Number) value).longValue();
		if (whole < min || whole > max) {
			throw new IllegalArgumentException(
					columns.get(column) + " (" + types[column].sqlName() + "): " + whole + " does not fit");
		}
		return whole;
	}

	private BigDecimal decimal(int column, Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Long || value instanceof Integer || value instanceof Short) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		throw mismatch(column, value);
	}

	/**
	 * What the text format sent for a scalar value, so a text column receives the same
	 * characters either way; a list or bytes, which the text format spelled as an array
	 * or hex, have no place in a text column.
	 */
	private String text(int column, Object value) {
		if (value instanceof String string) {
			return string;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Boolean flag) {
			return flag ? "t" : "f";
		}
		if (value instanceof List<?> || value instanceof byte[]) {
			throw mismatch(column, value);
		}
		return value.toString();
	}

	private <T> T expect(int column, Object value, Class<T> type) {
		if (!type.isInstance(value)) {
			throw mismatch(column, value);
		}
		return type.cast(value);
	}

	private IllegalArgumentException mismatch(int column, Object value) {
		return new IllegalArgumentException(columns.get(column) + " (" + types[column].sqlName() + "): cannot send a "
				+ value.getClass().getSimpleName());
	}

	private void putField(byte[] value) {
		putInt(value.length);
		ensure(value.length);
		System.arraycopy(value, 0, bytes, size, value.length);
		size += value.length;
	}

	private void putInt(int value) {
		ensure(4);
		ByteConverter.int4(bytes, size, value);
		size += 4;
	}

	private void ensure(int more) {
		if (size + more > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
		}
	}

}
