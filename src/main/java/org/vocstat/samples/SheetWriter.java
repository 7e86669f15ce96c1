package org.vocstat.samples;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import org.vocstat.ingest.ExportFileReader.ExportRecord;

/**
 * Writes one export file's records into a sheet as Excel users leave them: numbers and
 * codes as number cells, ISO dates and months as date cells, IDs as text (a 15-digit one
 * as a number), and after the data the planted pitfalls of {@link PlantedPitfalls}.
 */
final class SheetWriter {

	private static final Set<String> ID_HEADERS = Set.of("身份证件号", "身份证号");

	private static final Set<String> FIXED_WIDTH = Set.of("学校标识码", "专业代码", "所在地行政区划代码", "隶属区划代码", "区划代码");

	/** A plain number that a number cell shows exactly as written. */
	private static final String PLAIN_NUMBER = "0|[1-9]\\d{0,14}|(0|[1-9]\\d{0,9})\\.\\d{0,4}[1-9]";

	private final Sheet sheet;

	private final String[] header;

	private final CellStyle dateStyle;

	private final CellStyle monthStyle;

	private int next;

	private long records;

	private List<String> firstSound;

	private long leadingZeroCodes;

	private long legacyIds;

	private long unsound;

	SheetWriter(Workbook workbook, String[] header) {
		this.sheet = workbook.createSheet("Sheet1");
		this.header = header;
		this.dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		this.monthStyle = workbook.createCellStyle();
		monthStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm"));
		Row row = sheet.createRow(next++);
		for (int i = 0; i < header.length; i++) {
			row.createCell(i).setCellValue(header[i]);
		}
	}

	long rowsWritten() {
		return next;
	}

	long records() {
		return records;
	}

	void record(ExportRecord record) {
		records++;
		Row row = sheet.createRow(next++);
		if (!record.structurallySound()) {
			unsound++;
			row.createCell(0).setCellValue(record.text());
			row.createCell(header.length).setCellValue("（此行结构有误）");
			return;
		}
		if (firstSound == null) {
			firstSound = record.fields();
		}
		for (int i = 0; i < record.fields().size(); i++) {
			write(row, i, record.fields().get(i));
		}
	}

	private void write(Row row, int column, String value) {
		if (value.isEmpty()) {
			return;
		}
		Cell cell = row.createCell(column);
		String name = header[column];
		if (ID_HEADERS.contains(name)) {
			if (value.matches("\\d{15}")) {
				legacyIds++;
				cell.setCellValue(Double.parseDouble(value));
			}
			else {
				cell.setCellValue(value);
			}
			return;
		}
		LocalDate date = WorkbookExport.isoDate(value);
		if (date != null && (name.endsWith("日期") || name.endsWith("年月") || name.endsWith("时间"))) {
			cell.setCellStyle(value.length() == 7 ? monthStyle : dateStyle);
			cell.setCellValue(date);
		}
		else if (FIXED_WIDTH.contains(name) && value.matches("0\\d{1,14}")) {
			leadingZeroCodes++;
			cell.setCellValue(Double.parseDouble(value));
		}
		else if (value.matches(PLAIN_NUMBER) && shownAs(value)) {
			cell.setCellValue(Double.parseDouble(value));
		}
		else {
			cell.setCellValue(value);
		}
	}

	/** Whether a number cell holding {@code value} shows it exactly so. */
	private static boolean shownAs(String value) {
		BigDecimal stored = new BigDecimal(Double.toString(Double.parseDouble(value)));
		return stored.round(new MathContext(15)).stripTrailingZeros().toPlainString().equals(value);
	}

	/** Writes the rows under the data that the loader must quarantine or pass over. */
	PlantedPitfalls plantTrailingPitfalls() {
		int ids = 0;
		int merged = 0;
		int hidden = 0;
		if (firstSound != null) {
			Row copy = copyOfFirst();
			copy.setZeroHeight(true);
			hidden++;
			int idColumn = idColumn();
			if (idColumn >= 0) {
				copyOfFirst().createCell(idColumn).setCellValue(330402200504289012d);
				ids++;
			}
			if (header.length >= 2) {
				Row row = copyOfFirst();
				sheet.addMergedRegion(
						new CellRangeAddress(row.getRowNum(), row.getRowNum(), header.length - 2, header.length - 1));
				merged++;
			}
		}
		for (int i = 0; i < 2; i++) {
			sheet.createRow(next++).createCell(0).setCellValue("");
		}
		Row total = sheet.createRow(next++);
		total.createCell(0).setCellValue("合计");
		total.createCell(1).setCellValue(records);
		sheet.createRow(next++).createCell(0).setCellValue("注：本表由学校填报，数据截至统计时点。");
		records += 2;
		return new PlantedPitfalls(leadingZeroCodes, legacyIds, unsound, hidden, ids, merged, 2, 2);
	}

	private int idColumn() {
		for (int i = 0; i < header.length; i++) {
			if (ID_HEADERS.contains(header[i])) {
				return i;
			}
		}
		return -1;
	}

	private Row copyOfFirst() {
		records++;
		Row row = sheet.createRow(next++);
		for (int i = 0; i < firstSound.size(); i++) {
			write(row, i, firstSound.get(i));
		}
		return row;
	}

}
