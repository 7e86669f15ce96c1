package org.vocstat.review;

import java.math.BigDecimal;

/**
 * A figure a finding read: as the rule names it ({@code prev(enrolment.in_school)}), and
 * the stored figure's key (batch, indicator, scope, period), value and digest, which
 * {@code vocstat trace} follows to its source rows.
 */
public record FigureRead(String reference, long batchId, String indicator, String scope, String period,
		BigDecimal value, String digest) {
}
