package org.vocstat.ingest.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The rows of one sheet of a workbook, in order, as its format's streaming reader
 * delivers them: {@link XlsxRows} for Office Open XML, {@link XlsRows} for BIFF8.
 */
interface SheetRows extends Closeable {

	/** The next row holding any cell, or null after the last. */
	SheetRow next() throws IOException;

	/** The sheet's merged ranges, known before the first row is read. */
	List<MergedRange> merged();

	/**
	 * A merged cell range, rows 1-based and columns 0-based, inclusive: only its first
	 * cell holds a value.
	 */
	record MergedRange(long firstRow, long lastRow, int firstColumn, int lastColumn) {

		boolean covers(long row) {
			return row >= firstRow && row <= lastRow;
		}

	}

}
