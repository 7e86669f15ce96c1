package org.vocstat.ingest.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A cell's text as the user saw it in the spreadsheet program: numbers with the 15
 * significant digits Excel shows (so {@code 1234.4999999999998} as stored reads
 * {@code 1234.5}) and no trailing zeros or {@code .0}; date-formatted serials as ISO
 * dates ({@code 2022-09-01}), months ({@code 2022-09}) or date-times; booleans as
 * {@code TRUE} and {@code FALSE}. The rules are documented in docs/export-contract.md,
 * since an auditor must be able to reproduce them.
 */
final class CellText {

	/** The significant digits Excel keeps and shows for a number. */
	static final int EXCEL_DIGITS = 15;

	private static final MathContext EXCEL = new MathContext(EXCEL_DIGITS, RoundingMode.HALF_EVEN);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private CellText() {
	}

	/** A number as stored (a decimal literal, maybe with an exponent) as shown. */
	static String number(String stored) {
		BigDecimal value = new BigDecimal(stored.strip());
		if (value.signum() == 0) {
			return "0";
		}
		return value.round(EXCEL).stripTrailingZeros().toPlainString();
	}

	/**
	 * An escaped character of OOXML text: {@code _x} and four hex digits and {@code _}.
	 */
	private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_");

	/**
	 * Text as Excel shows it: OOXML writes characters XML cannot hold (a carriage return,
	 * other control characters) and a literal {@code _xHHHH_} as {@code _xHHHH_} escapes
	 * ({@code _x005F_} for the underscore). POI decodes them in shared strings; inline
	 * strings and formula results come here.
	 */
	static String unescape(String stored) {
		if (stored.indexOf("_x") < 0) {
			return stored;
		}
		return ESCAPE.matcher(stored)
			.replaceAll(m -> java.util.regex.Matcher
				.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
	}

	/**
	 * A serial date as shown by its format: a date, a month when the format has no day, a
	 * date-time when the serial has a time of day.
	 */
	static String date(double serial, String format, boolean date1904) {
		LocalDateTime at = DateUtil.getLocalDateTime(serial, date1904, true);
		if (at == null) {
			return number(Double.toString(serial));
		}
		if (at.toLocalTime().toSecondOfDay() != 0) {
			return at.format(DATE_TIME);
		}
		String unquoted = format == null ? "" : format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase();
		if (!unquoted.contains("d") && unquoted.contains("y") && unquoted.contains("m")) {
			return at.toLocalDate().toString().substring(0, 7);
		}
		return at.toLocalDate().toString();
	}

	static String bool(boolean value) {
		return value ? "TRUE" : "FALSE";
	}

	/** Zero-based column index of a cell reference like {@code AB12}. */
	static int column(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
		}
		return column - 1;
	}

	/** The row number of a cell reference like {@code AB12}. */
	static long row(String reference) {
		int i = 0;
		while (i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z') {
			i++;
		}
		return Long.parseLong(reference.substring(i));
	}

}
