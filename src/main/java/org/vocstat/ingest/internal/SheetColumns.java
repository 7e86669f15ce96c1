package org.vocstat.ingest.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.vocstat.ingest.HeaderMapping;
import org.vocstat.validation.Column;
import org.vocstat.validation.PersonIdField;
import org.vocstat.validation.Rule;
import org.vocstat.validation.StudentNumberField;

/**
 * What each column of a sheet is meant to hold, from the file's header mapping, and the
 * spreadsheet pitfalls that follow from a cell's kind: an ID number or 学籍号 typed as a
 * number that lost digits, a fixed-width code typed as a number that lost its leading
 * zeros, a date cell where text is meant and a bare serial where a date is meant.
 * docs/validation.md lists which are quarantined and which normalised.
 */
final class SheetColumns {

	/**
	 * Codes whose width the contract fixes: a number cell shorter than that lost leading
	 * zeros, which are restored (the code's shape then leaves one reading).
	 */
	static final Map<String, Integer> FIXED_WIDTH = Map.of("学校标识码", 10, "专业代码", 6, "所在地行政区划代码", 6, "隶属区划代码", 6, "区划代码",
			6);

	/** The largest serial of a plausible date (2099-12-31) in the 1900 date system. */
	private static final double LAST_PLAUSIBLE_SERIAL = 73050;

	private enum Meaning {

		TEXT, IDENTITY, DATE, FIXED

	}

	private final Meaning[] meanings;

	private final int[] widths;

	SheetColumns(HeaderMapping mapping) {
		meanings = new Meaning[mapping.headerWidth()];
		widths = new int[mapping.headerWidth()];
		Arrays.fill(meanings, Meaning.TEXT);
		List<Column> columns = mapping.kind().schema().columns();
		for (int i = 0; i < columns.size(); i++) {
			int at = mapping.fieldIndex()[i];
			if (at >= 0) {
				Column column = columns.get(i);
				meanings[at] = meaningOf(column);
				widths[at] = FIXED_WIDTH.getOrDefault(column.header(), 0);
			}
		}
	}

	private static Meaning meaningOf(Column column) {
		if (column.type() instanceof PersonIdField || column.type() instanceof StudentNumberField) {
			return Meaning.IDENTITY;
		}
		if (FIXED_WIDTH.containsKey(column.header())) {
			return Meaning.FIXED;
		}
		String header = column.header();
		return header.endsWith("日期") || header.endsWith("年月") || header.endsWith("时间") ? Meaning.DATE : Meaning.TEXT;
	}

	/**
	 * Checks a cell in field {@code index} and normalises {@code fields[index]} where the
	 * contract allows it; the rule the cell breaks, or null.
	 */
	Rule check(SheetCell cell, String[] fields) {
		int index = cell.column();
		if (index >= meanings.length) {
			return null;
		}
		Meaning meaning = meanings[index];
		if (cell.kind() == SheetCell.Kind.DATE) {
			return meaning == Meaning.DATE ? null : Rule.SHEET_DATE_CELL;
		}
		if (cell.kind() != SheetCell.Kind.NUMBER) {
			return null;
		}
		String text = fields[index];
		boolean digits = text.chars().allMatch(c -> c >= '0' && c <= '9');
		return switch (meaning) {
			case IDENTITY -> digits && text.length() > CellText.EXCEL_DIGITS ? Rule.SHEET_ID_DIGITS_LOST : null;
			case FIXED -> {
				if (digits && text.length() < widths[index]) {
					fields[index] = "0".repeat(widths[index] - text.length()) + text;
				}
				yield null;
			}
			case DATE -> plausibleSerial(text) ? Rule.SHEET_DATE_AS_NUMBER : null;
			case TEXT -> null;
		};
	}

	private static boolean plausibleSerial(String text) {
		try {
			double value = Double.parseDouble(text);
			return value >= 1 && value <= LAST_PLAUSIBLE_SERIAL;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
