package org.vocstat.operator;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVWriter;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints a list of records as a table, CSV (a header of the record's component names) or
 * JSON (an array of objects). Table columns are cut to fit the terminal width; CSV and
 * JSON are never cut, and CSV cells that a spreadsheet would run as a formula are escaped
 * ({@link CsvCell}).
 */
public final class RecordPrinter {

	private static final int MAX_CELL = 60;

	/** Immutable in Jackson 3, so one serves every print. */
	private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final PrintWriter out;

	public RecordPrinter(PrintWriter out) {
		this.out = out;
	}

	/** Prints {@code rows}, one per line, with their record components as the columns. */
	public <T extends Record> void print(List<T> rows, Class<T> type, OutputFormat format) {
		RecordComponent[] components = type.getRecordComponents();
		List<String> header = new ArrayList<>();
		for (RecordComponent component : components) {
			header.add(component.getName());
		}
		List<List<String>> cells = rows.stream().map(row -> values(row, components)).toList();
		switch (format) {
			case csv -> csv(header, cells);
			case json -> json(header, cells);
			case table -> table(header, cells);
		}
		out.flush();
	}

	private void csv(List<String> header, List<List<String>> rows) {
		StringWriter text = new StringWriter();
		try (CSVWriter writer = new CSVWriter(text, ',', CSVWriter.DEFAULT_QUOTE_CHARACTER,
				CSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n")) {
			writer.writeNext(header.toArray(String[]::new), false);
			rows.forEach(row -> writer.writeNext(row.stream().map(CsvCell::safe).toArray(String[]::new), false));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		out.print(text);
	}

	private void json(List<String> header, List<List<String>> rows) {
		List<Map<String, String>> objects = new ArrayList<>();
		for (List<String> row : rows) {
			Map<String, String> object = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				object.put(header.get(i), row.get(i).isEmpty() ? null : row.get(i));
			}
			objects.add(object);
		}
		out.println(JSON.writeValueAsString(objects));
	}

	private void table(List<String> header, List<List<String>> rows) {
		int[] widths = new int[header.size()];
		for (int i = 0; i < header.size(); i++) {
			widths[i] = TextWidth.of(header.get(i));
			for (List<String> row : rows) {
				widths[i] = Math.min(MAX_CELL, Math.max(widths[i], TextWidth.of(row.get(i))));
			}
		}
		fitTerminal(widths);
		out.println(line(header, widths));
		out.println(line(header.stream().map(h -> "-".repeat(TextWidth.of(h))).toList(), widths));
		rows.forEach(row -> out.println(line(row, widths)));
	}

	private static void fitTerminal(int[] widths) {
		int columns = TerminalWidth.columns();
		int total = widths.length * 2;
		for (int w : widths) {
			total += w;
		}
		while (total > columns) {
			int widest = 0;
			for (int i = 1; i < widths.length; i++) {
				widest = widths[i] > widths[widest] ? i : widest;
			}
			if (widths[widest] <= 8) {
				return;
			}
			widths[widest]--;
			total--;
		}
	}

	private static String line(List<String> cells, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append("  ");
			}
			line.append(TextWidth.pad(TextWidth.cut(cells.get(i), widths[i]), widths[i]));
		}
		return line.toString().stripTrailing();
	}

	private static List<String> values(Record row, RecordComponent[] components) {
		List<String> values = new ArrayList<>();
		for (RecordComponent component : components) {
			try {
				Object value = component.getAccessor().invoke(row);
				values.add(value == null ? "" : value instanceof LocalDateTime time
						? time.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ') : value.toString());
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return values;
	}

}
