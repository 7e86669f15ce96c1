package org.vocstat.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The rows of one sheet of an {@code .xlsx} workbook, pulled one at a time from the
 * sheet's XML with StAX: only the current row, the shared strings and the styles are in
 * memory, whatever the sheet's size. The merged ranges, which the format writes after the
 * rows, are found by a first pass over the sheet ({@link MergedRanges}).
 */
final class XlsxRows implements SheetRows {

	private final OPCPackage workbook;

	private final InputStream sheet;

	private final XMLStreamReader xml;

	private final SharedStrings strings;

	private final StylesTable styles;

	private final boolean date1904;

	private final List<MergedRange> merged;

	/** Per style index: the date format it applies, or "" if not a date format. */
	private final Map<Integer, String> dateFormats = new HashMap<>();

	private long nextRow = 1;

	private boolean ended;

	XlsxRows(OPCPackage workbook, InputStream sheet, SharedStrings strings, StylesTable styles, boolean date1904,
			List<MergedRange> merged) throws IOException {
		this.workbook = workbook;
		this.sheet = sheet;
		this.strings = strings;
		this.styles = styles;
		this.date1904 = date1904;
		this.merged = merged;
		try {
			this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
		}
		catch (XMLStreamException ex) {
			throw new IOException("the sheet is not readable XML: " + ex.getMessage(), ex);
		}
	}

	@Override
	public List<MergedRange> merged() {
		return merged;
	}

	@Override
	public SheetRow next() throws IOException {
		try {
			while (!ended && xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
					return row();
				}
				if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
					ended = true;
				}
			}
			return null;
		}
		catch (XMLStreamException | RuntimeException ex) {
			throw new IOException("the sheet's XML is broken near row " + nextRow + ": " + ex.getMessage(), ex);
		}
	}

	private SheetRow row() throws XMLStreamException {
		String r = xml.getAttributeValue(null, "r");
		long number = r != null ? Long.parseLong(r) : nextRow;
		nextRow = number + 1;
		String hidden = xml.getAttributeValue(null, "hidden");
		boolean isHidden = "1".equals(hidden) || "true".equals(hidden);
		List<SheetCell> cells = new ArrayList<>();
		int nextColumn = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
				SheetCell cell = cell(nextColumn);
				if (cell != null) {
					cells.add(cell);
					nextColumn = cell.column() + 1;
				}
				else {
					nextColumn++;
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
				break;
			}
		}
		return new SheetRow(number, isHidden, cells);
	}

	private SheetCell cell(int defaultColumn) throws XMLStreamException {
		String reference = xml.getAttributeValue(null, "r");
		int column = reference != null ? CellText.column(reference) : defaultColumn;
		String type = xml.getAttributeValue(null, "t");
		String style = xml.getAttributeValue(null, "s");
		String value = null;
		String inline = null;
		boolean formula = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
					case "v" -> value = xml.getElementText();
					case "f" -> {
						formula = true;
						skip();
					}
					case "is" -> inline = inlineText();
					default -> skip();
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
				break;
			}
		}
		if (type != null && "inlineStr".equals(type)) {
			return inline == null || inline.isEmpty() ? null : SheetCell.text(column, CellText.unescape(inline));
		}
		if (value == null) {
			return formula ? new SheetCell(column, "", SheetCell.Kind.NO_CACHED_VALUE, null) : null;
		}
		return switch (type == null ? "n" : type) {
			case "s" -> {
				String text = strings.getItemAt(Integer.parseInt(value.strip())).getString();
				yield text.isEmpty() ? null : SheetCell.text(column, text);
			}
			case "str" -> SheetCell.text(column, CellText.unescape(value));
			case "b" -> new SheetCell(column, CellText.bool("1".equals(value.strip())), SheetCell.Kind.BOOLEAN, null);
			case "e" -> new SheetCell(column, value, SheetCell.Kind.ERROR, null);
			case "d" ->
				new SheetCell(column, value.length() >= 10 ? value.substring(0, 10) : value, SheetCell.Kind.DATE, null);
			default -> number(column, value, style);
		};
	}

	private SheetCell number(int column, String value, String style) {
		String dateFormat = style == null ? "" : dateFormats.computeIfAbsent(Integer.parseInt(style), this::dateFormat);
		if (!dateFormat.isEmpty()) {
			double serial = Double.parseDouble(value);
			if (DateUtil.isValidExcelDate(serial)) {
				return new SheetCell(column, CellText.date(serial, dateFormat, date1904), SheetCell.Kind.DATE, value);
			}
		}
		return new SheetCell(column, CellText.number(value), SheetCell.Kind.NUMBER, value);
	}

	private String dateFormat(int styleIndex) {
		if (styles == null || styleIndex >= styles.getNumCellStyles()) {
			return "";
		}
		XSSFCellStyle style = styles.getStyleAt(styleIndex);
		String format = style.getDataFormatString();
		return DateUtil.isADateFormat(style.getDataFormat(), format) ? (format == null ? "yyyy-mm-dd" : format) : "";
	}

	/** The text of an inline string, its phonetic runs left out. */
	private String inlineText() throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if ("t".equals(xml.getLocalName())) {
					text.append(xml.getElementText());
				}
				else if ("rPh".equals(xml.getLocalName())) {
					skip();
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && "is".equals(xml.getLocalName())) {
				break;
			}
		}
		return text.toString();
	}

	/** Moves past the end of the element just started. */
	private void skip() throws XMLStreamException {
		int depth = 1;
		while (depth > 0 && xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			xml.close();
		}
		catch (XMLStreamException ex) {
			// closing only releases the parser; the stream is closed below
		}
		sheet.close();
		workbook.revert();
	}

}
