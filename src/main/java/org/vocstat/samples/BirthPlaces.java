package org.vocstat.samples;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Where people are born, as the area code of their ID: mostly the county of their school,
 * then elsewhere in the region, elsewhere in 浙江, and other provinces (migrant families).
 */
final class BirthPlaces {

	private static final List<String> ZHEJIANG = List.of("330102", "330106", "330110", "330203", "330302", "330326",
			"330382", "330502", "330521", "330602", "330681", "330702", "330782", "330802", "330902", "331002",
			"331082", "331102");

	private static final List<String> ELSEWHERE = List.of("341221", "341222", "341621", "341523", "411527", "411523",
			"412725", "513030", "513701", "522425", "532128", "362426", "362330", "431023", "433130", "421127",
			"320323", "370983", "450922", "510722");

	private final List<String> counties;

	BirthPlaces(List<String> counties) {
		this.counties = counties;
	}

	String pick(SplittableRandom random, String schoolCounty) {
		double r = random.nextDouble();
		if (r < 0.55) {
			return schoolCounty.endsWith("00") ? counties.get(random.nextInt(Math.min(2, counties.size())))
					: schoolCounty;
		}
		if (r < 0.80) {
			return counties.get(random.nextInt(counties.size()));
		}
		if (r < 0.88) {
			return ZHEJIANG.get(random.nextInt(ZHEJIANG.size()));
		}
		return ELSEWHERE.get(random.nextInt(ELSEWHERE.size()));
	}

	/** Every area code this region's people can carry (for sizing the allocator). */
	List<String> areas() {
		return counties;
	}

}
