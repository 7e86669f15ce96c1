package org.vocstat.ingest;

import java.util.ArrayList;
import java.util.List;

import org.vocstat.delivery.BatchRefusedException;
import org.vocstat.validation.Column;

/**
 * Where each schema column sits in a file, found by header name through the alias table; columns may come in any
 * order and extra columns are ignored. A file lacking a required column is refused whole.
 */
public record HeaderMapping(FileKind kind, int[] fieldIndex, int headerWidth) {

	/** Maps {@code header} for {@code kind}, or refuses the file naming every missing required column. */
	public static HeaderMapping resolve(FileKind kind, String[] header, HeaderAliases aliases) {
		if (header == null) {
			throw new BatchRefusedException(kind.path() + " is empty: it has no header row");
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
			throw new BatchRefusedException(kind.path() + " lacks required column" + (missing.size() > 1 ? "s " : " ")
					+ String.join(", ", missing) + " (header line 1; aliases are in reference/header-aliases.csv)");
		}
		return new HeaderMapping(kind, index, header.length);
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
