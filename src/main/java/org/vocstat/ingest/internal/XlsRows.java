package org.vocstat.ingest.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The rows of one sheet of an {@code .xls} (BIFF8) workbook, read through POI's HSSF
 * event API. The format's records arrive pushed, sheet after sheet, and a sheet holds at
 * most 65,536 rows, so the chosen sheet's cells are gathered in one pass and then handed
 * out row by row; the other sheets' cells are never kept.
 */
final class XlsRows implements SheetRows, HSSFListener {

	private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(this);

	private final BiFunction<List<String>, List<String>, Integer> chooseSheet;

	private final List<BoundSheetRecord> sheets = new ArrayList<>();

	private final Map<Long, List<SheetCell>> rows = new TreeMap<>();

	private final Set<Long> hiddenRows = new HashSet<>();

	private final List<MergedRange> merged = new ArrayList<>();

	private SSTRecord strings;

	private boolean date1904;

	private int sheetIndex = -1;

	private Integer chosen;

	/** The formula waiting for its string result in the next record. */
	private FormulaRecord pendingString;

	private Iterator<Map.Entry<Long, List<SheetCell>>> handedOut;

	/**
	 * @param chooseSheet given the sheet names in order and the hidden ones, the index of
	 * the sheet to read (it may refuse the batch)
	 */
	XlsRows(POIFSFileSystem file, BiFunction<List<String>, List<String>, Integer> chooseSheet) throws IOException {
		this.chooseSheet = chooseSheet;
		HSSFRequest request = new HSSFRequest();
		request.addListenerForAllRecords(formats);
		new HSSFEventFactory().processWorkbookEvents(request, file);
		if (chosen == null) {
			chosen = chooseSheet.apply(List.of(), List.of());
		}
	}

	/** The names of the workbook's sheets that are hidden. */
	List<String> hiddenSheets() {
		return sheets.stream()
			.filter(s -> s.isHidden() || s.isVeryHidden())
			.map(BoundSheetRecord::getSheetname)
			.toList();
	}

	@Override
	public void processRecord(Record record) {
		if (record instanceof BoundSheetRecord sheet) {
			sheets.add(sheet);
		}
		else if (record instanceof DateWindow1904Record window) {
			date1904 = window.getWindowing() == 1;
		}
		else if (record instanceof SSTRecord sst) {
			strings = sst;
		}
		else if (record instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
			if (chosen == null) {
				BoundSheetRecord[] ordered = BoundSheetRecord.orderByBofPosition(sheets);
				List<String> names = new ArrayList<>();
				for (BoundSheetRecord sheet : ordered) {
					names.add(sheet.getSheetname());
				}
				chosen = chooseSheet.apply(names, hiddenSheets());
			}
			sheetIndex++;
		}
		else if (sheetIndex == chosen()) {
			inChosenSheet(record);
		}
	}

	private int chosen() {
		return chosen == null ? -2 : chosen;
	}

	private void inChosenSheet(Record record) {
		if (pendingString != null && record instanceof StringRecord string) {
			add(pendingString, SheetCell.text(pendingString.getColumn(), string.getString()));
			pendingString = null;
			return;
		}
		if (record instanceof RowRecord row) {
			// A row stored without cells is an empty row: counted as a blank line, as in
			// .xlsx.
			rows.computeIfAbsent(row.getRowNumber() + 1L, number -> new ArrayList<>());
			if (row.getZeroHeight()) {
				hiddenRows.add(row.getRowNumber() + 1L);
			}
		}
		else if (record instanceof MergeCellsRecord merges) {
			for (int i = 0; i < merges.getNumAreas(); i++) {
				CellRangeAddress area = merges.getAreaAt(i);
				merged.add(new MergedRange(area.getFirstRow() + 1L, area.getLastRow() + 1L, area.getFirstColumn(),
						area.getLastColumn()));
			}
		}
		else if (record instanceof LabelSSTRecord label) {
			text(label, strings.getString(label.getSSTIndex()).getString());
		}
		else if (record instanceof LabelRecord label) {
			text(label, label.getValue());
		}
		else if (record instanceof NumberRecord number) {
			add(number, number(number, number.getValue()));
		}
		else if (record instanceof BoolErrRecord cell) {
			add(cell,
					cell.isBoolean()
							? new SheetCell(cell.getColumn(), CellText.bool(cell.getBooleanValue()),
									SheetCell.Kind.BOOLEAN, null)
							: new SheetCell(cell.getColumn(), FormulaError.forInt(cell.getErrorValue()).getString(),
									SheetCell.Kind.ERROR, null));
		}
		else if (record instanceof FormulaRecord formula) {
			formula(formula);
		}
	}

	private void formula(FormulaRecord formula) {
		CellType type = formula.getCachedResultTypeEnum();
		switch (type) {
			case STRING -> pendingString = formula;
			case NUMERIC -> add(formula, number(formula, formula.getValue()));
			case BOOLEAN -> add(formula, new SheetCell(formula.getColumn(),
					CellText.bool(formula.getCachedBooleanValue()), SheetCell.Kind.BOOLEAN, null));
			case ERROR -> add(formula, new SheetCell(formula.getColumn(),
					FormulaError.forInt(formula.getCachedErrorValue()).getString(), SheetCell.Kind.ERROR, null));
			default -> add(formula, new SheetCell(formula.getColumn(), "", SheetCell.Kind.NO_CACHED_VALUE, null));
		}
	}

	private SheetCell number(CellValueRecordInterface cell, double value) {
		String stored = Double.toString(value);
		int index = formats.getFormatIndex(cell);
		String format = formats.getFormatString(cell);
		if (DateUtil.isADateFormat(index, format) && DateUtil.isValidExcelDate(value)) {
			return new SheetCell(cell.getColumn(), CellText.date(value, format, date1904), SheetCell.Kind.DATE, stored);
		}
		return new SheetCell(cell.getColumn(), CellText.number(stored), SheetCell.Kind.NUMBER, stored);
	}

	private void text(CellValueRecordInterface cell, String text) {
		if (!text.isEmpty()) {
			add(cell, SheetCell.text(cell.getColumn(), text));
		}
	}

	private void add(CellValueRecordInterface at, SheetCell cell) {
		rows.computeIfAbsent(at.getRow() + 1L, row -> new ArrayList<>()).add(cell);
	}

	@Override
	public List<MergedRange> merged() {
		return merged;
	}

	@Override
	public SheetRow next() {
		if (handedOut == null) {
			handedOut = rows.entrySet().iterator();
		}
		if (!handedOut.hasNext()) {
			return null;
		}
		Map.Entry<Long, List<SheetCell>> row = handedOut.next();
		List<SheetCell> cells = new ArrayList<>(row.getValue());
		cells.sort((a, b) -> Integer.compare(a.column(), b.column()));
		handedOut.remove();
		return new SheetRow(row.getKey(), hiddenRows.contains(row.getKey()), cells);
	}

	@Override
	public void close() {
		rows.clear();
	}

}
