package org.vocstat.samples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A bad row scheduled into a file: which kind, after how many population rows, and (for a
 * duplicate) which earlier population row it copies.
 *
 * @param kind the defect
 * @param after population rows written before it
 * @param source the population row a duplicate copies (1-based), else 0
 */
record Defect(IrregularKind kind, long after, long source) {

	/**
	 * Spreads the given defects over a file of about {@code expectedRows} population
	 * rows.
	 */
	static List<Defect> schedule(Map<IrregularKind, Integer> counts, long expectedRows, SplittableRandom random) {
		long low = Math.max(1, expectedRows * 3 / 100);
		long high = Math.max(low + 1, expectedRows * 97 / 100);
		List<Defect> defects = new ArrayList<>();
		counts.forEach((kind, count) -> {
			for (int i = 0; i < count; i++) {
				long after = low + random.nextLong(high - low);
				long source = kind == IrregularKind.EXACT_DUPLICATE_LINE
						? Math.max(1, after - random.nextLong(Math.min(after, 2000))) : 0;
				defects.add(new Defect(kind, after, source));
			}
		});
		defects.sort(Comparator.comparingLong(Defect::after));
		return defects;
	}

}
