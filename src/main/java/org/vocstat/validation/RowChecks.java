package org.vocstat.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The cross-field rules the export contract states. */
public final class RowChecks {

	private static final DateTimeFormatter DIGITS = DateTimeFormatter.BASIC_ISO_DATE;

	private RowChecks() {
	}

	/**
	 * 性别 should agree with the resident ID's 17th digit (odd = 男); a disagreement is kept
	 * with a warning.
	 */
	public static RowCheck genderAgreesWithId(String genderColumn, String idColumn) {
		return row -> {
			if (row.value(idColumn) instanceof PersonKey key && key.idGender() != null
					&& row.value(genderColumn) instanceof String gender && !gender.equals(key.idGender())) {
				row.warn(Rule.GENDER_ID_MISMATCH, genderColumn, "'" + gender + "' but the ID says otherwise");
			}
		};
	}

	/**
	 * The birth date (or month, when {@code monthOnly}) should agree with digits 7-14 of
	 * the resident ID; a disagreement is kept with a warning.
	 */
	public static RowCheck birthAgreesWithId(String birthColumn, String idColumn, boolean monthOnly) {
		return row -> {
			if (row.value(idColumn) instanceof PersonKey key && key.idBirthDigits() != null
					&& row.value(birthColumn) instanceof LocalDate birth) {
				String digits = birth.format(DIGITS);
				int length = monthOnly ? 6 : 8;
				if (!digits.regionMatches(0, key.idBirthDigits(), 0, length)) {
					row.warn(Rule.BIRTH_ID_MISMATCH, birthColumn, "does not match the ID's birth date");
				}
			}
		};
	}

	/** {@code part} must not exceed {@code whole} (e.g. 满意数 ≤ 有效样本数). */
	public static RowCheck notGreater(String part, String whole) {
		return row -> {
			if (row.value(part) instanceof Long p && row.value(whole) instanceof Long w && p > w) {
				row.reject(Rule.INCONSISTENT, part, p + " exceeds " + whole + " " + w);
			}
		};
	}

}
