package org.vocstat.samples;

/**
 * Splits a whole-number total over weights so that the parts add up exactly (largest
 * remainder).
 */
final class Apportionment {

	private Apportionment() {
	}

	static long[] split(long total, double[] weights) {
		double sum = 0;
		for (double weight : weights) {
			sum += weight;
		}
		long[] parts = new long[weights.length];
		if (weights.length == 0 || total == 0) {
			return parts;
		}
		if (sum <= 0) {
			throw new IllegalArgumentException("weights must not all be zero");
		}
		double[] remainders = new double[weights.length];
		long assigned = 0;
		for (int i = 0; i < weights.length; i++) {
			double exact = total * weights[i] / sum;
			parts[i] = (long) Math.floor(exact);
			remainders[i] = exact - parts[i];
			assigned += parts[i];
		}
		for (long left = total - assigned; left > 0; left--) {
			int best = -1;
			for (int i = 0; i < weights.length; i++) {
				if (weights[i] > 0 && (best < 0 || remainders[i] > remainders[best])) {
					best = i;
				}
			}
			parts[best]++;
			remainders[best] = -1;
		}
		return parts;
	}

	static int[] split(int total, double[] weights) {
		long[] parts = split((long) total, weights);
		int[] result = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			result[i] = (int) parts[i];
		}
		return result;
	}

	/**
	 * Splits in proportion to whole-number weights (e.g. a subset total over per-school
	 * totals).
	 */
	static long[] split(long total, long[] weights) {
		double[] asDouble = new double[weights.length];
		for (int i = 0; i < weights.length; i++) {
			asDouble[i] = weights[i];
		}
		return split(total, asDouble);
	}

}
