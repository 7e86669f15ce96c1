package org.vocstat.indicator;

import java.math.BigDecimal;

/**
 * A computed figure: the value rounded once (HALF_UP) to the definition's precision and
 * the value before rounding, numerator and denominator (for a change: this period's and
 * the previous period's value), the batch (and previous batch) it came from, how many
 * source rows contributed, and the digest of those rows.
 */
public record Figure(long batchId, String indicator, String scope, String period, BigDecimal value,
		BigDecimal unrounded, BigDecimal numerator, BigDecimal denominator, Long previousBatchId, long rows,
		String digest) {
}
