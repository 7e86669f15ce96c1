package org.vocstat.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.vocstat.delivery.BatchRefusedException;
import org.vocstat.validation.Column;

/**
 * Where each schema column sits in a file, found by header name through the alias table;
 * columns may come in any order and extra columns are ignored. A file lacking a required
 * column, or naming a column twice, is refused whole.
 */
public record HeaderMapping(FileKind kind, int[] fieldIndex, int headerWidth) {

	/**
	 * Maps {@code header} for {@code kind}, or refuses the file naming every missing
	 * required column.
	 */
	public static HeaderMapping resolve(FileKind kind, String[] header, HeaderAliases aliases) {
		if (header == null) {
			throw BatchRefusedException.because("refused.no-header", kind.path());
		}
		List<String> cells = new ArrayList<>();
		for (String cell : header) {
			cells.add(HeaderAliases.normalise(cell));
		}
		List<Column> columns = kind.schema().columns();
		int[] index = new int[columns.size()];
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			index[i] = find(cells, aliases.namesFor(kind, columns.get(i).header()));
			if (index[i] < 0 && columns.get(i).required()) {
				missing.add(columns.get(i).header());
			}
		}
		if (!missing.isEmpty()) {
			throw BatchRefusedException.because("refused.lacks-columns", kind.path(), String.join(", ", missing),
					missing.size());
		}
		List<String> repeated = repeated(cells, columns.stream().map(c -> aliases.namesFor(kind, c.header())).toList());
		if (!repeated.isEmpty()) {
			// Which of two columns holds the value is a guess; loading either could count
			// the wrong one.
			throw BatchRefusedException.because("refused.repeated-columns", kind.path(), String.join(", ", repeated),
					repeated.size());
		}
		return new HeaderMapping(kind, index, header.length);
	}

	/**
	 * The columns the header names more than once, each with the positions of its cells:
	 * a column's cell under any of its names (so {@code 身份证号} beside {@code 身份证件号}), or a
	 * non-empty cell written twice.
	 */
	private static List<String> repeated(List<String> cells, List<List<String>> namesByColumn) {
		List<List<String>> names = new ArrayList<>(namesByColumn);
		Set<String> schemaNames = new HashSet<>();
		namesByColumn.forEach(schemaNames::addAll);
		cells.stream()
			.filter(cell -> !cell.isEmpty() && !schemaNames.contains(cell))
			.distinct()
			.forEach(cell -> names.add(List.of(cell)));
		List<String> found = new ArrayList<>();
		for (List<String> columnNames : names) {
			List<String> at = new ArrayList<>();
			for (int i = 0; i < cells.size(); i++) {
				if (columnNames.contains(cells.get(i))) {
					at.add((i + 1) + ": " + cells.get(i));
				}
			}
			if (at.size() > 1) {
				found.add(columnNames.get(0) + " (cells " + String.join(", ", at) + ")");
			}
		}
		return found;
	}

	private static int find(List<String> cells, List<String> names) {
		for (String name : names) {
			int at = cells.indexOf(name);
			if (at >= 0) {
				return at;
			}
		}
		return -1;
	}

}
