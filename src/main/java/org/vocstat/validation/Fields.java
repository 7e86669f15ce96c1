package org.vocstat.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.vocstat.person.Masking;

/**
 * The field types of the export contract ({@code formats.md}): each normalises what the
 * contract says is untidy but valid (full-width digits, thousands separators, alternative
 * date formats) and rejects the rest.
 */
public final class Fields {

	/**
	 * A plain decimal, optionally with correctly grouped thousands separators; no
	 * exponent.
	 */
	private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

	private Fields() {
	}

	/** Free text, trimmed. */
	public static FieldType text() {
		return (text, column, row) -> text;
	}

	/** A person's name: only the masked form is kept. */
	public static FieldType name() {
		return (text, column, row) -> Masking.maskName(text);
	}

	/**
	 * A code that must match {@code pattern} after full-width folding and upper-casing.
	 */
	public static FieldType code(String pattern, String shape) {
		CodeShape compiled = CodeShape.of(pattern);
		return (text, column, row) -> {
			String folded = halfWidth(text).toUpperCase();
			if (!compiled.matches(folded)) {
				row.reject(Rule.CODE_FORMAT, column, row.shown(text) + " is not " + shape);
				return null;
			}
			return folded;
		};
	}

	/** Several names (a team), separated by 、 , ; or space: each kept masked only. */
	public static FieldType names() {
		return (text, column, row) -> String.join("、",
				Arrays.stream(text.split("[、,，;；\\s]+")).filter(s -> !s.isEmpty()).map(Masking::maskName).toList());
	}

	/** One of a fixed vocabulary. */
	public static FieldType oneOf(String... values) {
		Map<String, Object> accepted = new LinkedHashMap<>();
		Arrays.stream(values).forEach(value -> accepted.put(value, value));
		return new VocabularyField(accepted, false, "one of " + String.join("/", values));
	}

	/** 是/否, also Y/N and 1/0. */
	public static FieldType bool() {
		return new VocabularyField(Map.of("是", true, "Y", true, "1", true, "否", false, "N", false, "0", false), true,
				"是/否");
	}

	/** A calendar date in {@code YYYY-MM-DD}, {@code YYYYMMDD} or {@code YYYY/MM/DD}. */
	public static FieldType date() {
		return (text, column, row) -> {
			String folded = halfWidth(text);
			LocalDate date = DateFields.parseDate(folded);
			if (date == null) {
				row.reject(Rule.DATE_INVALID, column,
						row.shown(text) + " is not a date (YYYY-MM-DD, YYYYMMDD or YYYY/MM/DD)");
				return null;
			}
			return DateFields.inRange(date, text, column, row);
		};
	}

	/**
	 * A birth date or month read as {@code date} reads it, staged and quoted as its month
	 * only ({@link BirthDateField}).
	 */
	public static FieldType birth(FieldType date) {
		return new BirthDateField(date);
	}

	/** A month in {@code YYYY-MM} or {@code YYYYMM}, staged as its first day. */
	public static FieldType month() {
		return (text, column, row) -> {
			LocalDate first = DateFields.parseMonth(halfWidth(text));
			if (first == null) {
				row.reject(Rule.DATE_INVALID, column, row.shown(text) + " is not a month (YYYY-MM or YYYYMM)");
				return null;
			}
			return DateFields.inRange(first, text, column, row);
		};
	}

	/**
	 * A whole number within {@code [min, max]}; thousands separators and full-width
	 * digits are normalised.
	 */
	public static FieldType integer(long min, long max) {
		return (text, column, row) -> {
			BigDecimal value = number(text, column, row);
			if (value == null) {
				return null;
			}
			if (value.stripTrailingZeros().scale() > 0) {
				row.reject(Rule.NUMBER_FORMAT, column, row.shown(text) + " is not a whole number");
				return null;
			}
			if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
				row.reject(Rule.NUMBER_RANGE, column, row.shown(text) + " is outside " + min + ".." + max);
				return null;
			}
			return value.longValueExact();
		};
	}

	/** A non-negative decimal with at most {@code scale} decimal places. */
	public static FieldType decimal(int scale) {
		return (text, column, row) -> {
			BigDecimal value = number(text, column, row);
			if (value == null) {
				return null;
			}
			if (value.signum() < 0) {
				row.reject(Rule.NUMBER_RANGE, column, row.shown(text) + " is negative");
				return null;
			}
			if (value.stripTrailingZeros().scale() > scale) {
				row.reject(Rule.NUMBER_FORMAT, column, row.shown(text) + " has more than " + scale + " decimal places");
				return null;
			}
			return value;
		};
	}

	/**
	 * A year that must equal the period the batch reports ({@code calendar}: AY+1, else
	 * AY).
	 */
	public static FieldType reportingYear(boolean calendar) {
		FieldType year = integer(1900, 2100);
		return (text, column, row) -> {
			Object value = year.read(text, column, row);
			int expected = calendar ? row.batch().calendarYear() : row.batch().academicYear();
			if (value != null && ((Long) value).intValue() != expected) {
				row.reject(Rule.PERIOD_MISMATCH, column,
						row.shown(value.toString()) + " is not this batch's " + (calendar ? "年度 " : "学年 ") + expected);
				return null;
			}
			return value;
		};
	}

	/**
	 * A 区划代码 that must be the region the batch reports (a region file of another region
	 * would be summed in).
	 */
	public static FieldType batchRegion() {
		FieldType code = code("\\d{6}", "a 6-digit 区划代码");
		return (text, column, row) -> {
			Object value = code.read(text, column, row);
			if (value != null && !value.equals(row.batch().region())) {
				row.reject(Rule.REGION_MISMATCH, column,
						row.shown(value.toString()) + " is not this batch's region " + row.batch().region());
				return null;
			}
			return value;
		};
	}

	/** A list separated by {@code ;} or {@code ；}, staged as a text array. */
	public static FieldType list() {
		return (text, column,
				row) -> Arrays.stream(text.split("[;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * A school code of the given shape that must be in this system's schools file of the
	 * batch.
	 */
	public static FieldType schoolReference(String pattern, String shape) {
		FieldType code = code(pattern, shape);
		return (text, column, row) -> {
			Object value = code.read(text, column, row);
			if (value != null && !row.batch().schoolCodes().contains(value)) {
				row.reject(Rule.SCHOOL_UNKNOWN, column,
						"school " + row.shown(value.toString()) + " is not in this system's schools file");
				return null;
			}
			return value;
		};
	}

	/** A 6-digit MoE major code that must be in the major catalogue. */
	public static FieldType majorReference() {
		FieldType code = code("\\d{6}", "a 6-digit major code");
		return (text, column, row) -> {
			Object value = code.read(text, column, row);
			if (value != null && !row.batch().majorCodes().contains(value)) {
				row.reject(Rule.MAJOR_UNKNOWN, column,
						"major " + row.shown(value.toString()) + " is not in the major catalogue");
				return null;
			}
			return value;
		};
	}

	/**
	 * Folds full-width ASCII forms (Ｕ+FF01..FF5E) and the ideographic space to
	 * half-width, and trims.
	 */
	public static String halfWidth(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
			if (folded != c && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				out.append(folded);
			}
		}
		return (out == null ? text : out.toString()).strip();
	}

	private static BigDecimal number(String text, String column, RowContext row) {
		String folded = halfWidth(text).replace('，', ',');
		if (!PLAIN_NUMBER.matcher(folded).matches()) {
			row.reject(Rule.NUMBER_FORMAT, column, row.shown(text) + " is not a plain decimal number");
			return null;
		}
		return new BigDecimal(folded.replace(",", ""));
	}

}
