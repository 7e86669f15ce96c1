package org.vocstat.operator;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.opencsv.CSVWriter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints a list of records as a table ({@link TextTable}, headers from {@link Messages}),
 * CSV (a header of the record's component names) or JSON (an array of objects, numbers as
 * numbers). CSV and JSON are never cut, and CSV cells that a spreadsheet would run as a
 * formula are escaped ({@link CsvCell}).
 */
public final class RecordPrinter {

	/** Numbers that name something rather than count it: no thousands separators. */
	private static final Set<String> ID_NUMBERS = Set.of("run", "batch", "batchId", "line", "academicYear", "year");

	/** Text columns, wrapped or moved under the row; every other string identifies. */
	private static final Set<String> TEXT = Set.of("message", "exitMessage", "explanation", "maskedRow", "nameZh",
			"nameEn", "scopeName", "name", "display", "detail", "difference", "differs", "label", "reason", "value",
			"row", "column", "table", "next");

	/** Immutable in Jackson 3, so one serves every print. */
	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private final PrintWriter out;

	private final int width;

	public RecordPrinter(PrintWriter out) {
		this(out, TerminalWidth.columns());
	}

	RecordPrinter(PrintWriter out, int width) {
		this.out = out;
		this.width = width;
	}

	/** Prints {@code rows}, one per line, with their record components as the columns. */
	public <T extends Record> void print(List<T> rows, Class<T> type, OutputFormat format) {
		RecordComponent[] components = type.getRecordComponents();
		List<List<Object>> values = rows.stream().map(row -> values(row, components)).toList();
		switch (format) {
			case csv -> csv(components, values);
			case json -> json(components, values);
			case table -> TextTable.render(columns(components), values, width).forEach(out::println);
		}
		out.flush();
	}

	static List<TextTable.Column> columns(RecordComponent[] components) {
		List<TextTable.Column> columns = new ArrayList<>();
		for (RecordComponent component : components) {
			columns.add(new TextTable.Column(Messages.header(component.getName()), kind(component)));
		}
		return columns;
	}

	private static TextTable.Kind kind(RecordComponent component) {
		Class<?> type = component.getType();
		String name = component.getName();
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return ID_NUMBERS.contains(name) ? TextTable.Kind.ID_NUMBER : TextTable.Kind.NUMBER;
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return TextTable.Kind.ID;
		}
		return TEXT.contains(name) ? TextTable.Kind.TEXT : TextTable.Kind.ID;
	}

	private void csv(RecordComponent[] components, List<List<Object>> rows) {
		StringWriter text = new StringWriter();
		try (CSVWriter writer = new CSVWriter(text, ',', CSVWriter.DEFAULT_QUOTE_CHARACTER,
				CSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n")) {
			List<String> header = new ArrayList<>();
			for (RecordComponent component : components) {
				header.add(component.getName());
			}
			writer.writeNext(header.toArray(String[]::new), false);
			rows.forEach(row -> writer
				.writeNext(row.stream().map(RecordPrinter::plain).map(CsvCell::safe).toArray(String[]::new), false));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		out.print(text);
	}

	private void json(RecordComponent[] components, List<List<Object>> rows) {
		List<Map<String, Object>> objects = new ArrayList<>();
		for (List<Object> row : rows) {
			Map<String, Object> object = new LinkedHashMap<>();
			for (int i = 0; i < components.length; i++) {
				Object value = row.get(i);
				String text = plain(value);
				object.put(components[i].getName(),
						text.isEmpty() ? null : value instanceof Number || value instanceof Boolean ? value : text);
			}
			objects.add(object);
		}
		out.println(JSON.writeValueAsString(objects));
	}

	/** A value as CSV and JSON give it: as before the table learnt to group numbers. */
	private static String plain(Object value) {
		return TextTable.cell(value, TextTable.Kind.ID);
	}

	private static List<Object> values(Record row, RecordComponent[] components) {
		List<Object> values = new ArrayList<>();
		for (RecordComponent component : components) {
			try {
				values.add(component.getAccessor().invoke(row));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return values;
	}

}
