package org.vocstat.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The majors a school offers, with how popular each is: a non-technical school's planned
 * 专业布点, or a technical school's HRSS majors (with the MoE codes their sms records use).
 * Fixed per school and seed.
 */
final class Offer {

	private final List<Major> majors;

	private final List<TechnicalMajor> technical;

	private final double[] weights;

	private Offer(List<Major> majors, List<TechnicalMajor> technical, double[] weights) {
		this.majors = majors;
		this.technical = technical;
		this.weights = weights;
	}

	static Offer of(SchoolPlan school, RegionPlan plan) {
		SplittableRandom random = Seeded.random(plan.seed(), "offer-" + school.index());
		if (!school.technical()) {
			List<Major> sites = plan.sites().get(school.index());
			if (sites == null || sites.isEmpty()) {
				throw new IllegalStateException(school.name() + " offers no majors");
			}
			return new Offer(sites, null, weights(sites.size(), random));
		}
		List<TechnicalMajor> pool = new ArrayList<>(TechnicalMajor.ALL);
		List<TechnicalMajor> chosen = new ArrayList<>();
		int count = 8 + random.nextInt(7);
		for (int i = 0; i < count; i++) {
			chosen.add(pool.remove(random.nextInt(pool.size())));
		}
		List<Major> majors = chosen.stream().map((t) -> plan.catalogue().get(t.moeCode())).toList();
		return new Offer(majors, chosen, weights(count, random));
	}

	private static double[] weights(int count, SplittableRandom random) {
		double[] weights = new double[count];
		for (int i = 0; i < count; i++) {
			weights[i] = 0.4 + 1.6 * random.nextDouble();
		}
		return weights;
	}

	int size() {
		return majors.size();
	}

	int pick(SplittableRandom random) {
		return Seeded.weighted(random, weights);
	}

	Major major(int index) {
		return majors.get(index);
	}

	TechnicalMajor technical(int index) {
		return technical == null ? null : technical.get(index);
	}

	/**
	 * Share of girls by 专业大类: health and early-childhood majors mostly girls, engineering
	 * mostly boys.
	 */
	static double femaleShare(Major major) {
		switch (major.categoryCode()) {
			case "72":
				return 0.88;
			case "77":
				return 0.93;
			case "62":
			case "63":
			case "64":
			case "65":
			case "66":
			case "70":
				return 0.10;
			case "71":
				return 0.30;
			case "73":
			case "79":
				return 0.72;
			case "74":
			case "75":
			case "76":
			case "68":
				return 0.58;
			default:
				return 0.45;
		}
	}

}
