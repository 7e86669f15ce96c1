package org.vocstat.ingest.internal;

/**
 * One non-empty cell of a sheet row as stored: its zero-based column, its text as the
 * user saw it ({@link CellText}), what kind of cell it is, and for a number cell the
 * number as stored (to tell how many digits it kept).
 */
record SheetCell(int column, String text, Kind kind, String stored) {

	/** What a cell holds. */
	enum Kind {

		TEXT, NUMBER, DATE, BOOLEAN, ERROR,
		/** A formula saved without its calculated value. */
		NO_CACHED_VALUE

	}

	static SheetCell text(int column, String text) {
		return new SheetCell(column, text, Kind.TEXT, null);
	}

}
