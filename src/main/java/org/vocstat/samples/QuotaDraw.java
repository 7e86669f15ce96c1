package org.vocstat.samples;

import java.util.SplittableRandom;

/**
 * Draws labels without replacement from fixed quotas, so a stream of draws hits every
 * total exactly while each single draw looks random (a sequential multivariate
 * hypergeometric draw).
 */
final class QuotaDraw<T> {

	private final T[] labels;

	private final long[] remaining;

	private long total;

	@SafeVarargs
	QuotaDraw(long[] quotas, T... labels) {
		if (quotas.length != labels.length) {
			throw new IllegalArgumentException("one quota per label");
		}
		this.labels = labels;
		this.remaining = quotas.clone();
		for (long quota : quotas) {
			if (quota < 0) {
				throw new IllegalArgumentException("negative quota");
			}
			total += quota;
		}
	}

	long remaining() {
		return total;
	}

	T next(SplittableRandom random) {
		if (total <= 0) {
			throw new IllegalStateException("quotas exhausted");
		}
		long pick = random.nextLong(total);
		for (int i = 0; i < labels.length; i++) {
			if (pick < remaining[i]) {
				remaining[i]--;
				total--;
				return labels[i];
			}
			pick -= remaining[i];
		}
		throw new IllegalStateException("unreachable");
	}

}
