package org.vocstat.indicator;

import java.math.BigDecimal;

/**
 * A measure's value for one scope, with what identifies its contributing rows: their
 * number and two sums of 56-bit slices of each row's line SHA-256 (the second mixed with
 * the line number). Sums, unlike XOR, change when a row is duplicated, and do not depend
 * on row order.
 */
record MeasureValue(BigDecimal value, long rows, BigDecimal hashSum1, BigDecimal hashSum2) {

	/** The first slice of a row: the first 7 bytes of its line SHA-256 as a number. */
	static final String SLICE1 = "('x' || encode(substring(line_sha256 FROM 1 FOR 7), 'hex'))::bit(56)::bigint";

	/**
	 * The second slice: the next 7 bytes, mixed with the line number, so that a row moved
	 * to another line counts.
	 */
	static final String SLICE2 = "(('x' || encode(substring(line_sha256 FROM 8 FOR 7), 'hex'))::bit(56)::bigint # line_no)";

	static final MeasureValue EMPTY = new MeasureValue(BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO);

	String fingerprint() {
		return rows + ":" + hashSum1.toPlainString() + ":" + hashSum2.toPlainString();
	}

}
