package org.vocstat.indicator;

/**
 * A published figure against the recomputed one: {@code MATCH}, {@code DIFFERS} (with an
 * explanation an auditor can act on) or {@code NOT COMPUTED}; values are compared at the
 * published precision.
 */
public record CheckResult(String indicator, String scope, String period, String published, String recomputed,
		String verdict, String difference, Long batch, String explanation) {

	public static final String MATCH = "MATCH", DIFFERS = "DIFFERS", NOT_COMPUTED = "NOT COMPUTED";

}
