package org.vocstat.ingest.internal;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.vocstat.ingest.HeaderMapping;
import org.vocstat.validation.Rule;

/**
 * The records of one sheet of a workbook, as ingest reads a CSV file's: the first
 * non-empty row is the header, every later row with a value is a record numbered by its
 * sheet row, and empty rows are counted as blank lines. A record's text is the row's
 * {@link CanonicalRow canonical rendering}, its line SHA-256 that rendering's; its fields
 * are the cell texts under the header, normalised or faulted as {@link SheetColumns}
 * says; a row that is hidden, merged, under a totals row, has cells beyond the header, or
 * a formula without value or an error value is faulted with a {@code SHEET_*} rule.
 * {@link #position()} is the last row consumed: a resumed sheet is streamed again from
 * its start and the rows up to there are passed over.
 */
final class SheetRecords implements RecordSource {

	/** What a row under the data starts with when it is a footer, not a record. */
	private static final List<String> FOOTER_WORDS = List.of("合计", "总计", "小计", "注：", "注:", "说明", "备注", "制表", "填表",
			"审核");

	private final SheetRows rows;

	private final WorkbookStamp stamp;

	private final MessageDigest fileDigest;

	private final MessageDigest rowDigest = RecordReader.sha256();

	private final String[] header;

	private final SheetColumns columns;

	private final long resumeAfter;

	private int width;

	private long lastRow;

	private long blank;

	private boolean footerSeen;

	private boolean ended;

	/**
	 * @param mapping resolves the header (it may refuse the file); null to read the rows
	 * as they are, without a file contract
	 * @param resumeAfter the last row consumed before, or 0 to read from the header on
	 * @param fileDigest receives the file's bytes once the last row is read, or null
	 */
	SheetRecords(SheetRows rows, WorkbookStamp stamp, Function<String[], HeaderMapping> mapping, long resumeAfter,
			MessageDigest fileDigest) throws IOException {
		this.rows = rows;
		this.stamp = stamp;
		this.fileDigest = fileDigest;
		this.resumeAfter = resumeAfter;
		SheetRow first = rows.next();
		while (first != null && first.empty()) {
			first = rows.next();
		}
		if (first == null) {
			header = null;
			columns = null;
			return;
		}
		lastRow = Math.max(first.number(), resumeAfter);
		header = trimmed(texts(first, 0));
		HeaderMapping resolved = mapping == null ? null : mapping.apply(header);
		width = resolved == null ? header.length : resolved.headerWidth();
		columns = resolved == null ? null : new SheetColumns(resolved);
	}

	@Override
	public String[] header() {
		return resumeAfter > 0 ? null : header;
	}

	/** The header as read, even when resumed (the columns are matched by it). */
	String[] headerCells() {
		return header;
	}

	@Override
	public SheetRecords expectFields(int fields) {
		width = fields;
		return this;
	}

	@Override
	public RawRecord nextRaw() throws IOException {
		if (ended) {
			return null;
		}
		SheetRow row;
		while ((row = rows.next()) != null) {
			if (row.number() <= resumeAfter) {
				continue;
			}
			lastRow = row.number();
			if (row.empty()) {
				blank++;
				continue;
			}
			return RawRecord.decoded(record(row));
		}
		ended = true;
		if (fileDigest != null) {
			stamp.digestInto(fileDigest);
		}
		return null;
	}

	private SourceRecord record(SheetRow row) {
		String[] cells = texts(row, width);
		int used = cells.length;
		while (used > width && cells[used - 1].isEmpty()) {
			used--;
		}
		String text = CanonicalRow.render(used == cells.length ? cells : Arrays.copyOf(cells, used));
		byte[] hash = CanonicalRow.sha256(text, rowDigest);
		String[] fields = Arrays.copyOf(cells, width);
		Rule fault = structuralFault(row, used);
		for (SheetCell cell : row.cells()) {
			Rule broken = cell.column() < width && columns != null ? columns.check(cell, fields) : null;
			fault = fault == null ? broken : fault;
		}
		if (fault == null) {
			fault = RecordDecoder.controlFault(text);
		}
		return new SourceRecord(row.number(), hash, text, fields, fault);
	}

	private Rule structuralFault(SheetRow row, int used) {
		String first = row.cells().isEmpty() ? "" : row.cells().get(0).text().strip();
		footerSeen = footerSeen || FOOTER_WORDS.stream().anyMatch(first::startsWith);
		if (footerSeen) {
			return Rule.SHEET_FOOTER;
		}
		if (row.hidden()) {
			return Rule.SHEET_HIDDEN_ROW;
		}
		if (rows.merged().stream().anyMatch(range -> range.covers(row.number()))) {
			return Rule.SHEET_MERGED_CELLS;
		}
		for (SheetCell cell : row.cells()) {
			if (cell.kind() == SheetCell.Kind.NO_CACHED_VALUE) {
				return Rule.SHEET_FORMULA_NO_VALUE;
			}
			if (cell.kind() == SheetCell.Kind.ERROR) {
				return Rule.SHEET_ERROR_VALUE;
			}
		}
		return used > width ? Rule.SHEET_COLUMNS : null;
	}

	/** The row's cell texts, at least {@code minimum} of them, empty where no cell is. */
	private static String[] texts(SheetRow row, int minimum) {
		int count = minimum;
		for (SheetCell cell : row.cells()) {
			count = Math.max(count, cell.column() + 1);
		}
		String[] texts = new String[count];
		Arrays.fill(texts, "");
		for (SheetCell cell : row.cells()) {
			texts[cell.column()] = cell.text();
		}
		return texts;
	}

	/** The header's cells, stripped, without the empty ones at its end. */
	private static String[] trimmed(String[] cells) {
		int used = cells.length;
		while (used > 0 && cells[used - 1].isBlank()) {
			used--;
		}
		String[] header = new String[used];
		for (int i = 0; i < used; i++) {
			header[i] = cells[i].strip();
		}
		return header;
	}

	@Override
	public long blankLines() {
		return blank;
	}

	@Override
	public long position() {
		return lastRow;
	}

	@Override
	public long nextLineNumber() {
		return lastRow + 1;
	}

	@Override
	public void close() throws IOException {
		rows.close();
	}

}
