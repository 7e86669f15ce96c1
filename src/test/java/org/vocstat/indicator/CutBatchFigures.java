package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/**
 * The comparison of a unit's figures in a batch of a larger region with those of a batch
 * cut down to that unit's schools: the same figures, each with the same value, rows,
 * numerator and denominator.
 */
final class CutBatchFigures {

	private CutBatchFigures() {
	}

	/**
	 * Asserts {@code inCut} equals {@code inLarger} figure by figure; figures filed for a
	 * region as a whole (those of the {@code cutRegion} scope that the larger batch
	 * lacks) exist for the cut batch only and are left out.
	 */
	static void assertSame(Map<String, Figure> inLarger, Map<String, Figure> inCut, String cutRegion) {
		inCut.keySet().removeIf(key -> !inLarger.containsKey(key) && key.contains(cutRegion));
		assertThat(inCut.keySet()).isEqualTo(inLarger.keySet());
		inLarger.forEach((key, figure) -> {
			Figure same = inCut.get(key);
			assertThat(same.value()).as(key).isEqualByComparingTo(figure.value());
			assertThat(same.rows()).as(key).isEqualTo(figure.rows());
			assertThat(same.numerator()).as(key).isEqualByComparingTo(figure.numerator());
			if (figure.denominator() != null) {
				assertThat(same.denominator()).as(key).isEqualByComparingTo(figure.denominator());
			}
		});
	}

}
