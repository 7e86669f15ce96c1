package org.vocstat.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A survey total: respondents and how many of them answered yes, chosen so that the share
 * rounds HALF_UP to the target percentage at two decimals.
 *
 * @param respondents 有效样本数 (or 毕业三年跟踪人数)
 * @param yes 满意数 (or 三年内获晋升人数)
 */
record SurveySample(long respondents, long yes) {

	/**
	 * The smallest sample of at least {@code minimum} respondents that hits
	 * {@code basisPoints} (9713 = 97.13 %).
	 */
	static SurveySample hitting(int basisPoints, long minimum) {
		for (long n = Math.max(1, minimum);; n++) {
			long yes = Math.round(n * basisPoints / 10_000.0);
			for (long candidate = yes - 1; candidate <= yes + 1; candidate++) {
				if (candidate >= 0 && candidate <= n && percent(candidate, n) == basisPoints) {
					return new SurveySample(n, candidate);
				}
			}
		}
	}

	static int percent(long yes, long respondents) {
		return BigDecimal.valueOf(yes)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(respondents), 2, RoundingMode.HALF_UP)
			.movePointRight(2)
			.intValueExact();
	}

}
