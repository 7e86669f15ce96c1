package org.vocstat.samples;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Independent, reproducible random streams derived from the request seed and a label, so
 * that adding a draw in one part of the batch does not shift the values of another.
 */
final class Seeded {

	private Seeded() {
	}

	static SplittableRandom random(long seed, String label) {
		long mixed = seed * 0x9E3779B97F4A7C15L + label.hashCode();
		mixed = (mixed ^ (mixed >>> 31)) * 0xBF58476D1CE4E5B9L;
		return new SplittableRandom(mixed ^ (mixed >>> 29));
	}

	/** Picks an index with probability proportional to its weight. */
	static int weighted(SplittableRandom random, double[] weights) {
		double sum = 0;
		for (double weight : weights) {
			sum += weight;
		}
		double pick = random.nextDouble() * sum;
		for (int i = 0; i < weights.length; i++) {
			pick -= weights[i];
			if (pick < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** A random date in the closed range. */
	static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
		long days = to.toEpochDay() - from.toEpochDay();
		return from.plusDays(days <= 0 ? 0 : random.nextLong(days + 1));
	}

}
