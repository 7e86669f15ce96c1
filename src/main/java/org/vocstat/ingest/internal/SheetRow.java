package org.vocstat.ingest.internal;

import java.util.List;

/**
 * One row of a sheet as stored: its 1-based row number, whether it is hidden, and its
 * non-empty cells in column order.
 */
record SheetRow(long number, boolean hidden, List<SheetCell> cells) {

	boolean empty() {
		return cells.stream().allMatch(cell -> cell.text().isBlank() && cell.kind() == SheetCell.Kind.TEXT);
	}

}
