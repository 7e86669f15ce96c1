package org.vocstat.samples;

/**
 * A kind of irregular row the generator writes on purpose, with what a loader is expected
 * to do with it: untidy rows are part of the population (normalise and count); bad rows
 * sit on top of it (quarantine).
 */
public enum IrregularKind {

	/** A resident ID whose check character is a lower-case {@code x}. */
	LOWERCASE_CHECK_X("lower-case x check character", false),
	/** A resident ID written with full-width digits. */
	FULL_WIDTH_ID_DIGITS("full-width digits in an ID number", false),
	/** A teacher's 15-digit legacy resident ID (upgrade to 18 digits). */
	LEGACY_15_DIGIT_ID("15-digit legacy ID", false),
	/**
	 * A registry-issued {@code 999}+学校标识码+serial temporary number (counted, never
	 * matched).
	 */
	TEMPORARY_ID("temporary 999 ID", false),
	/** A student identified by a 港澳台居民居住证 or a 护照 (counted, never matched). */
	OTHER_DOCUMENT("document other than 居民身份证", false),
	/** A date in {@code YYYYMMDD} or {@code YYYY/MM/DD} form. */
	ALTERNATIVE_DATE_FORMAT("date as YYYYMMDD or YYYY/MM/DD", false),
	/** A number with thousands separators, quoted. */
	THOUSANDS_SEPARATOR("number with thousands separators", false),
	/** A number written with full-width digits. */
	FULL_WIDTH_NUMBER("number with full-width digits", false),
	/** A row whose 性别 disagrees with the ID's 17th digit (kept with a warning). */
	GENDER_DISAGREES_WITH_ID("性别 disagrees with the ID", false),
	/**
	 * A row whose birth date disagrees with the ID's digits 7–14 (kept with a warning; a
	 * reconciliation conflict).
	 */
	BIRTH_DATE_DISAGREES_WITH_ID("birth date disagrees with the ID", false),
	/**
	 * A second record of the same person in one system (a transfer); the person counts
	 * once.
	 */
	SECOND_RECORD_IN_SYSTEM("second record of a person in one system", false),
	/**
	 * A quoted field holding a comma, a doubled quote or a line break (legitimate RFC
	 * 4180).
	 */
	QUOTED_COMMA_OR_LINE_BREAK("quoted field with comma, quote or line break", false),

	/** An 18-character resident ID whose check character is wrong. */
	BAD_CHECK_DIGIT("bad check digit", true),
	/** A school code that is not in that system's schools.csv. */
	UNKNOWN_SCHOOL_CODE("unknown school code", true),
	/** A 6-digit 专业代码 that is not in the major catalogue. */
	UNKNOWN_MAJOR_CODE("unknown major code", true),
	/** A date or month that does not exist (e.g. 2022-09-31). */
	IMPOSSIBLE_DATE("impossible date", true),
	/** A copy of an earlier population row (the loader keeps the first occurrence). */
	EXACT_DUPLICATE_LINE("exact duplicate line", true),
	/** A field that opens a quote and never closes it on its line. */
	BROKEN_QUOTE("broken quote", true),
	/** A row with fewer fields than the header. */
	SHORT_ROW("short row", true);

	private final String label;

	private final boolean quarantine;

	IrregularKind(String label, boolean quarantine) {
		this.label = label;
		this.quarantine = quarantine;
	}

	/** A short English label for reports. */
	public String label() {
		return label;
	}

	/**
	 * Whether the loader is expected to quarantine the row (otherwise: normalise, warn
	 * where needed, and count).
	 */
	public boolean quarantine() {
		return quarantine;
	}

	/** What the loader is expected to do, in words. */
	public String expectedAction() {
		return quarantine ? "quarantine (not part of any figure)" : "normalise and count (part of the population)";
	}

}
