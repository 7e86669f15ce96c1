package org.vocstat.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.vocstat.delivery.BatchRefusedException;
import org.vocstat.ingest.FileKind;
import org.vocstat.ingest.HeaderAliases;
import org.vocstat.validation.Rule;

/**
 * A sheet read as ingest reads a CSV file: cells as the user saw them, the canonical
 * rendering and its hash, and every spreadsheet pitfall faulted or normalised as
 * docs/validation.md says, in {@code .xlsx} and {@code .xls} alike.
 */
class SheetRecordsTest {

	static final String[] HEADER = { "学籍号", "身份证件类型", "身份证件号", "姓名", "性别", "出生日期", "民族", "学校标识码", "专业代码", "专业名称",
			"专业目录版本", "学制", "入学年月", "年级", "班级", "学生类型", "学籍状态", "状态变动日期" };

	static final String[] ROW = { "G330326200707254075", "居民身份证", "330326200707254075", "李翔毅", "男", "2007-07-25", "汉族",
			"3633000312", "630102", "输配电线路施工与运行", "2021", "3", "2022-09", "2022级", "22级输配1班", "普通中专", "在籍", "" };

	static final HeaderAliases ALIASES = HeaderAliases.load(null);

	@TempDir
	Path folder;

	/** A cell written with a type other than text: column index to how. */
	interface Typed extends BiConsumer<Cell, org.apache.poi.ss.usermodel.Workbook> {

	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void rendersCellsAsTheUserSawThem(String format) throws IOException {
		Path file = workbook(format, sheet -> {
			header(sheet);
			row(sheet, 1, Map.of(11, (cell, wb) -> cell.setCellValue(3.0), 10, (cell, wb) -> cell.setCellValue(2021), 5,
					date("yyyy-mm-dd", LocalDate.of(2007, 7, 25)), 12, date("yyyy-mm", LocalDate.of(2022, 9, 1))));
			row(sheet, 2, Map.of(9, (cell, wb) -> cell.setCellValue("焊接, \"加工\"")));
		});
		List<SourceRecord> records = read(file, format);

		assertThat(records).hasSize(2);
		assertThat(records.get(0).fields()).containsExactly(ROW);
		assertThat(records.get(0).fault()).isNull();
		assertThat(records.get(0).lineNumber()).isEqualTo(2);
		assertThat(records.get(0).text()).isEqualTo(String.join(",", ROW));
		assertThat(HexFormat.of().formatHex(records.get(0).lineSha256())).isEqualTo(sha256(String.join(",", ROW)));
		assertThat(records.get(1).fields()[9]).isEqualTo("焊接, \"加工\"");
		assertThat(records.get(1).text()).contains(",\"焊接, \"\"加工\"\"\",");
	}

	@Test
	void numbersLoseTheirFloatNoiseAndIntegersTheirPointZero() {
		assertThat(CellText.number("1234.4999999999998")).isEqualTo("1234.5");
		assertThat(CellText.number("0.30000000000000004")).isEqualTo("0.3");
		assertThat(CellText.number("42.0")).isEqualTo("42");
		assertThat(CellText.number("3.30402200504289E+17")).isEqualTo("330402200504289000");
		assertThat(CellText.number("1.5E-3")).isEqualTo("0.0015");
		assertThat(CellText.number("0")).isEqualTo("0");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void faultsOrNormalisesEachPitfall(String format) throws IOException {
		Path file = workbook(format, sheet -> {
			header(sheet);
			row(sheet, 1, Map.of(2, (cell, wb) -> cell.setCellValue(330326200707254075d)));
			row(sheet, 2, Map.of(2, (cell, wb) -> cell.setCellValue(330326070725407d)));
			row(sheet, 3, Map.of(8, (cell, wb) -> cell.setCellValue(51200)));
			row(sheet, 4, Map.of(3, date("yyyy-mm-dd", LocalDate.of(2007, 7, 25))));
			row(sheet, 5, Map.of(5, (cell, wb) -> cell.setCellValue(39288)));
			row(sheet, 6, Map.of()).setZeroHeight(true);
			row(sheet, 7, Map.of());
			sheet.addMergedRegion(new CellRangeAddress(7, 7, 14, 15));
			row(sheet, 8, Map.of(20, (cell, wb) -> cell.setCellValue("多余")));
			row(sheet, 9, Map.of(7, (cell, wb) -> cell.setCellFormula("1/0")));
			sheet.createRow(10).createCell(0).setCellValue("");
			sheet.createRow(11).createCell(0).setCellValue("合计");
			sheet.createRow(12).createCell(0).setCellValue("制表人：张三");
		});
		List<SourceRecord> records = new ArrayList<>();
		long blank;
		try (RecordSource source = open(file, format, null)) {
			for (RawRecord raw = source.nextRaw(); raw != null; raw = source.nextRaw()) {
				records.add(raw.decoded());
			}
			blank = source.blankLines();
		}

		assertThat(records).extracting(SourceRecord::fault)
			.containsExactly(Rule.SHEET_ID_DIGITS_LOST, null, null, Rule.SHEET_DATE_CELL, Rule.SHEET_DATE_AS_NUMBER,
					Rule.SHEET_HIDDEN_ROW, Rule.SHEET_MERGED_CELLS, Rule.SHEET_COLUMNS,
					// BIFF always stores a formula's result (POI writes 0 for one never
					// calculated); an .xlsx formula may have none.
					"xls".equals(format) ? null : Rule.SHEET_FORMULA_NO_VALUE, Rule.SHEET_FOOTER, Rule.SHEET_FOOTER);
		assertThat(records.get(1).fields()[2]).isEqualTo("330326070725407");
		assertThat(records.get(2).fields()[8]).isEqualTo("051200");
		assertThat(records.get(2).text()).contains(",51200,");
		assertThat(blank).as("the empty row").isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void resumesAfterTheLastRowConsumedAndHashesTheWholeFile(String format) throws IOException {
		Path file = workbook(format, sheet -> {
			header(sheet);
			for (int i = 1; i <= 5; i++) {
				row(sheet, i, Map.of(13, (cell, wb) -> cell.setCellValue("第" + cell.getRowIndex() + "行")));
			}
		});
		MessageDigest digest = RecordReader.sha256();
		long position;
		try (RecordSource source = open(file, format, null)) {
			source.nextRaw();
			source.nextRaw();
			position = source.position();
		}
		IngestFile ingest = new IngestFile(FileKind.SMS_STUDENTS, 1, 1, file, 5, "", ALIASES, null);
		List<Long> rows = new ArrayList<>();
		try (RecordSource resumed = RecordSources.resume(ingest, HEADER.length, position, position + 1, digest)) {
			for (RawRecord raw = resumed.nextRaw(); raw != null; raw = resumed.nextRaw()) {
				rows.add(raw.lineNumber());
			}
		}
		assertThat(position).isEqualTo(3);
		assertThat(rows).containsExactly(4L, 5L, 6L);
		assertThat(HexFormat.of().formatHex(digest.digest()))
			.isEqualTo(HexFormat.of().formatHex(RecordReader.sha256().digest(Files.readAllBytes(file))));
	}

	@Test
	void readsTheNamedSheet() throws IOException {
		Path file = folder.resolve("students.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本表为学生名册");
			Sheet sheet = wb.createSheet("学生");
			header(sheet);
			row(sheet, 1, Map.of());
			wb.write(out);
		}
		try (RecordSource source = open(file, "xlsx", "学生")) {
			assertThat(source.header()).containsExactly(HEADER);
			assertThat(source.nextRaw().decoded().fields()).containsExactly(ROW);
		}
	}

	@Test
	void refusesAZipBombWithPoisGuardsOn() throws IOException {
		Path plain = workbook("xlsx", sheet -> {
			header(sheet);
			row(sheet, 1, Map.of());
		});
		Path bomb = folder.resolve("bomb.xlsx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					int end = xml.indexOf("</worksheet>");
					content = (xml.substring(0, end) + " ".repeat(20 << 20) + xml.substring(end))
						.getBytes(StandardCharsets.UTF_8);
				}
				out.write(content);
				out.closeEntry();
			}
		}
		assertThatThrownBy(() -> open(bomb, "xlsx", null)).isInstanceOf(BatchRefusedException.class)
			.hasMessage(
					"sms/students.xlsx looks like a zip bomb (a part inflates far beyond its compressed size): refused; nothing of this batch is loaded");
	}

	private List<SourceRecord> read(Path file, String format) throws IOException {
		List<SourceRecord> records = new ArrayList<>();
		try (RecordSource source = open(file, format, null)) {
			assertThat(source.header()).containsExactly(HEADER);
			for (RawRecord raw = source.nextRaw(); raw != null; raw = source.nextRaw()) {
				records.add(raw.decoded());
			}
		}
		return records;
	}

	private RecordSource open(Path file, String format, String sheet) throws IOException {
		return RecordSources.open(FileKind.SMS_STUDENTS, file, "sms/students." + format, sheet, ALIASES, null,
				Long.MAX_VALUE);
	}

	interface SheetWriter {

		void write(Sheet sheet) throws IOException;

	}

	Path workbook(String format, SheetWriter writer) throws IOException {
		Path file = folder.resolve("students." + format);
		try (org.apache.poi.ss.usermodel.Workbook wb = "xls".equals(format) ? new HSSFWorkbook() : new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			writer.write(wb.createSheet("学生"));
			wb.write(out);
		}
		return file;
	}

	static void header(Sheet sheet) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < HEADER.length; i++) {
			row.createCell(i).setCellValue(HEADER[i]);
		}
	}

	/**
	 * Writes {@link #ROW} at {@code index}, the cells in {@code typed} written their way.
	 */
	static Row row(Sheet sheet, int index, Map<Integer, Typed> typed) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < Math.max(ROW.length, typed.keySet().stream().mapToInt(k -> k + 1).max().orElse(0)); i++) {
			Cell cell = row.createCell(i);
			if (typed.containsKey(i)) {
				typed.get(i).accept(cell, sheet.getWorkbook());
			}
			else if (i < ROW.length && !ROW[i].isEmpty()) {
				cell.setCellValue(ROW[i]);
			}
		}
		return row;
	}

	static Typed date(String format, LocalDate date) {
		return (cell, wb) -> {
			CellStyle style = wb.createCellStyle();
			style.setDataFormat(wb.createDataFormat().getFormat(format));
			cell.setCellStyle(style);
			cell.setCellValue(date);
		};
	}

	static String sha256(String text) {
		return HexFormat.of().formatHex(RecordReader.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
