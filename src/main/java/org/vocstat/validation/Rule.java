package org.vocstat.validation;

/**
 * Every rule a row can break, with a stable code that quarantine records, reports and
 * documentation use. Codes never change meaning; new rules get new codes.
 */
public enum Rule {

	CSV_COLUMNS(Severity.REJECT, "the row has a different number of fields than the header"),
	CSV_QUOTE(Severity.REJECT, "a quoted field is never closed on this line"),
	ENCODING(Severity.REJECT, "the line holds bytes that are not valid in the file's encoding"),
	CONTROL_CHARACTER(Severity.REJECT,
			"the record holds a control character (NUL, or a C0 control other than tab, CR and LF)"),
	REQUIRED(Severity.REJECT, "a required field is blank"),
	ID_CHECKSUM(Severity.REJECT, "the resident ID's check character is wrong (GB 11643-1999 MOD 11-2)"),
	ID_FORMAT(Severity.REJECT, "the resident ID is neither 18 nor 15 characters of the right shape"),
	ID_IN_FIELD(Severity.REJECT,
			"a field other than the ID or student number holds a resident ID (valid check character, or 15 digits with a real date)"),
	CODE_FORMAT(Severity.REJECT, "a code does not have the required shape"),
	DATE_INVALID(Severity.REJECT, "a date or month is not a real calendar date in an accepted format"),
	DATE_RANGE(Severity.REJECT, "a date lies outside the plausible range"),
	ENUM(Severity.REJECT, "a value is not in the field's vocabulary"),
	NUMBER_FORMAT(Severity.REJECT, "a number cannot be read"),
	NUMBER_RANGE(Severity.REJECT, "a number lies outside the allowed range"),
	SCHOOL_UNKNOWN(Severity.REJECT, "the school code is not in this system's schools file of the batch"),
	MAJOR_UNKNOWN(Severity.REJECT, "the major code is not in the major catalogue"),
	PERIOD_MISMATCH(Severity.REJECT, "the row's year is not the period this batch reports"),
	REGION_MISMATCH(Severity.REJECT, "the row's 区划代码 is not the region this batch reports"),
	REGION_OUTSIDE(Severity.REJECT, "the school's 隶属区划代码 lies outside the region this batch reports"),
	REGION_UNKNOWN(Severity.REJECT,
			"the 隶属区划代码 is not a GB/T 2260 code of the 区划 reference, so its level and parent cannot be told"),
	INCONSISTENT(Severity.REJECT, "two fields of the row contradict each other"),
	DUPLICATE_KEY(Severity.REJECT, "an earlier row of the same file has the same key"),
	SHEET_ID_DIGITS_LOST(Severity.REJECT,
			"an ID number or 学籍号 is stored as a number cell of more than 15 digits: Excel kept only 15 significant digits, so the last ones are lost (never repaired; store the column as text)"),
	SHEET_DATE_CELL(Severity.REJECT, "a date-formatted cell in a column that holds text, codes or numbers"),
	SHEET_DATE_AS_NUMBER(Severity.REJECT,
			"a number cell without a date format in a date or month column: a date serial shown as a number"),
	SHEET_FORMULA_NO_VALUE(Severity.REJECT,
			"a formula cell has no calculated value (the workbook was saved without calculating)"),
	SHEET_ERROR_VALUE(Severity.REJECT, "a cell holds a spreadsheet error value (#N/A, #REF!, #VALUE!, …)"),
	SHEET_MERGED_CELLS(Severity.REJECT,
			"the row lies in a merged cell range: its merged values are not repeated per row, and are not guessed"),
	SHEET_HIDDEN_ROW(Severity.REJECT,
			"the row is hidden in the workbook: whether it was meant to count is not guessed"),
	SHEET_COLUMNS(Severity.REJECT, "the row has non-empty cells beyond the header's last column"),
	SHEET_FOOTER(Severity.REJECT, "a totals (合计) or notes row under the data, or a row below one: not a record"),
	GENDER_ID_MISMATCH(Severity.WARN, "性别 disagrees with the resident ID's 17th digit; the ID is kept as the identity"),
	BIRTH_ID_MISMATCH(Severity.WARN, "the birth date disagrees with digits 7-14 of the resident ID"),
	TEMPORARY_ID(Severity.WARN, "a registry-issued temporary number: counted, never matched across systems");

	/**
	 * Whether breaking the rule quarantines the row or only records a warning on the
	 * loaded row.
	 */
	public enum Severity {

		REJECT, WARN

	}

	private final Severity severity;

	private final String description;

	Rule(Severity severity, String description) {
		this.severity = severity;
		this.description = description;
	}

	public Severity severity() {
		return severity;
	}

	public String description() {
		return description;
	}

}
