package org.vocstat.operator;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table for the terminal, the one every command prints: columns measured by display
 * width ({@link TextWidth}); identifying columns (codes, ids, run numbers, dates) never
 * cut; long text wrapped inside its column; columns that do not fit beside the others
 * printed as indented {@code header: value} lines under their row; numbers right-aligned
 * with thousands separators.
 */
public final class TextTable {

	/** How a column is laid out. */
	public enum Kind {

		/** A code, id, path, date or status: shown whole on one line. */
		ID,
		/** An identifying number (a run, batch or line): right-aligned, no separators. */
		ID_NUMBER,
		/** A quantity: right-aligned with thousands separators. */
		NUMBER,
		/** Words: wrapped to the room the other columns leave. */
		TEXT

	}

	/** One column: its header and how it is laid out. */
	public record Column(String header, Kind kind) {
	}

	private static final String GAP = "  ";

	private static final String INDENT = "    ";

	/** The narrowest a wrapped text column gets before it moves under its row. */
	private static final int MIN_TEXT = 16;

	private TextTable() {
	}

	/**
	 * {@code rows} as lines of at most {@code width} columns (a single value wider than a
	 * line excepted).
	 */
	public static List<String> render(List<Column> columns, List<List<Object>> rows, int width) {
		List<List<String>> cells = rows.stream().map(row -> cells(columns, row)).toList();
		int[] natural = new int[columns.size()];
		for (int i = 0; i < columns.size(); i++) {
			natural[i] = TextWidth.of(columns.get(i).header());
			for (List<String> row : cells) {
				natural[i] = Math.max(natural[i], TextWidth.of(row.get(i)));
			}
		}
		boolean[] inline = placeColumns(columns, natural, width);
		int[] widths = widths(columns, natural, inline, width);
		List<String> lines = new ArrayList<>();
		List<String> header = columns.stream().map(Column::header).toList();
		lines.addAll(row(columns, header, widths, inline, width, false));
		lines.add(rule(columns, widths, inline));
		for (List<String> row : cells) {
			lines.addAll(row(columns, row, widths, inline, width, true));
		}
		return lines;
	}

	/** A value as a table shows it: numbers grouped, times to the second. */
	public static String cell(Object value, Kind kind) {
		if (value == null) {
			return "";
		}
		if (kind == Kind.NUMBER && value instanceof Number number) {
			return grouped(number);
		}
		if (value instanceof LocalDateTime time) {
			return time.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ');
		}
		return value.toString();
	}

	private static String grouped(Number number) {
		BigDecimal decimal = number instanceof BigDecimal d ? d
				: number instanceof BigInteger i ? new BigDecimal(i) : new BigDecimal(number.toString());
		String plain = decimal.toPlainString();
		boolean negative = plain.startsWith("-");
		String digits = negative ? plain.substring(1) : plain;
		int point = digits.indexOf('.');
		String whole = point < 0 ? digits : digits.substring(0, point);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				out.append(',');
			}
			out.append(whole.charAt(i));
		}
		return (negative ? "-" : "") + out + (point < 0 ? "" : digits.substring(point));
	}

	private static List<String> cells(List<Column> columns, List<Object> row) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			cells.add(cell(row.get(i), columns.get(i).kind()));
		}
		return cells;
	}

	/**
	 * Which columns stand in the table: all, unless they do not fit; then text columns
	 * move under the row first, then quantities, then identifying ones, from the right,
	 * the first column always staying.
	 */
	private static boolean[] placeColumns(List<Column> columns, int[] natural, int width) {
		boolean[] inline = new boolean[columns.size()];
		Arrays.fill(inline, true);
		for (Kind leaving : new Kind[] { Kind.TEXT, Kind.NUMBER, Kind.ID, Kind.ID_NUMBER }) {
			for (int i = columns.size() - 1; i > 0 && needed(columns, natural, inline) > width; i--) {
				if (columns.get(i).kind() == leaving) {
					inline[i] = false;
				}
			}
		}
		return inline;
	}

	private static int needed(List<Column> columns, int[] natural, boolean[] inline) {
		int total = 0;
		for (int i = 0; i < columns.size(); i++) {
			if (inline[i]) {
				total += (total > 0 ? GAP.length() : 0)
						+ (columns.get(i).kind() == Kind.TEXT ? Math.min(natural[i], MIN_TEXT) : natural[i]);
			}
		}
		return total;
	}

	/** Fixed columns at their natural width; text columns share what is left. */
	private static int[] widths(List<Column> columns, int[] natural, boolean[] inline, int width) {
		int[] widths = natural.clone();
		int spare = width - needed(columns, natural, inline);
		List<Integer> text = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			if (inline[i] && columns.get(i).kind() == Kind.TEXT) {
				widths[i] = Math.min(natural[i], MIN_TEXT);
				text.add(i);
			}
		}
		boolean grew = true;
		while (spare > 0 && grew) {
			grew = false;
			for (int i : text) {
				if (spare > 0 && widths[i] < natural[i]) {
					widths[i]++;
					spare--;
					grew = true;
				}
			}
		}
		return widths;
	}

	private static List<String> row(List<Column> columns, List<String> cells, int[] widths, boolean[] inline, int width,
			boolean details) {
		List<List<String>> wrapped = new ArrayList<>();
		int height = 1;
		for (int i = 0; i < columns.size(); i++) {
			List<String> lines = inline[i] && columns.get(i).kind() == Kind.TEXT
					? TextWidth.wrap(cells.get(i), widths[i]) : TextWidth.wrap(cells.get(i), Integer.MAX_VALUE);
			wrapped.add(lines);
			height = inline[i] ? Math.max(height, lines.size()) : height;
		}
		List<String> out = new ArrayList<>();
		for (int line = 0; line < height; line++) {
			StringBuilder text = new StringBuilder();
			boolean first = true;
			for (int i = 0; i < columns.size(); i++) {
				if (!inline[i]) {
					continue;
				}
				text.append(first ? "" : GAP);
				first = false;
				String part = line < wrapped.get(i).size() ? wrapped.get(i).get(line) : "";
				boolean right = columns.get(i).kind() == Kind.NUMBER || columns.get(i).kind() == Kind.ID_NUMBER;
				text.append(right ? TextWidth.padLeft(part, widths[i]) : TextWidth.pad(part, widths[i]));
			}
			out.add(text.toString().stripTrailing());
		}
		if (details) {
			for (int i = 0; i < columns.size(); i++) {
				if (!inline[i] && !cells.get(i).isEmpty()) {
					String label = INDENT + columns.get(i).header() + ": ";
					int room = Math.max(MIN_TEXT, width - TextWidth.of(label));
					List<String> lines = columns.get(i).kind() == Kind.TEXT ? TextWidth.wrap(cells.get(i), room)
							: TextWidth.wrap(cells.get(i), Integer.MAX_VALUE);
					String pad = " ".repeat(TextWidth.of(label));
					for (int l = 0; l < lines.size(); l++) {
						out.add((l == 0 ? label : pad) + lines.get(l));
					}
				}
			}
		}
		return out;
	}

	private static String rule(List<Column> columns, int[] widths, boolean[] inline) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < columns.size(); i++) {
			if (inline[i]) {
				text.append(text.isEmpty() ? "" : GAP).append("-".repeat(widths[i]));
			}
		}
		return text.toString();
	}

}
