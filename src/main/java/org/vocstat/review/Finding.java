package org.vocstat.review;

import java.time.LocalDateTime;

/**
 * A finding as {@code vocstat review} lists it: id, rule, level, scope, whether it is
 * resolved ({@code open}, {@code explained}, {@code accepted}; an error is always
 * {@code open}), the message, the figures it read ({@code reference=value@period}), the
 * explanation and acceptance with who and when (carried over from an earlier batch of the
 * same year when the values are the same), and the batch.
 */
public record Finding(long id, String rule, String level, String scope, String status, String message, String figures,
		String explanation, String explainedBy, LocalDateTime explainedAt, String acceptedBy, LocalDateTime acceptedAt,
		long batch) {

	/** Whether the finding still stands in the way of publishing. */
	public boolean unresolved() {
		return status.equals("open");
	}

}
