package org.vocstat.samples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.vocstat.reference.RegionLevel;
import org.vocstat.reference.RegionReference;

/**
 * The 隶属区划 a synthetic region's schools are spread over: real GB/T 2260 codes of the 区划
 * reference, chosen so that even a small batch has every level beneath its region. A
 * county batch has the county; a city its own code (市本级) and its counties; a province its
 * own code (省属) and several cities, each with its own code and a county before any city
 * gets a second county; the nation several provinces built the same way, those with the
 * most cities first.
 */
final class RegionUnits {

	/** Provinces (the first two digits) the generator writes schools for. */
	static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
			"34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
			"64", "65");

	/**
	 * Units a province's list needs for 省属 and three cities of two units each; the nation
	 * takes one province per this many units, and at least two.
	 */
	static final int PER_PROVINCE = 7;

	private static final RegionReference REFERENCE = RegionReference.load(null);

	private RegionUnits() {
	}

	/** The region's name in the 区划 reference, or {@code null} when it lacks the code. */
	static String nameOf(String region) {
		return REFERENCE.nameOf(region);
	}

	/**
	 * The level a batch of the region is generated at: the nation for a code outside
	 * them.
	 */
	static RegionLevel levelOf(String region, Scale scale) {
		boolean national = scale == Scale.NATIONAL || !PROVINCES.contains(region.substring(0, 2));
		return national ? RegionLevel.national : RegionLevel.of(region);
	}

	/**
	 * The fewest units a batch at this level is given, so each level beneath it has two.
	 */
	static int minimum(RegionLevel level) {
		return switch (level) {
			case national -> 2 * PER_PROVINCE;
			case province -> PER_PROVINCE;
			case city -> 3;
			case county -> 1;
		};
	}

	/** Up to {@code count} units of the region in the order described above. */
	static List<String> pick(String region, Scale scale, int count) {
		RegionLevel level = levelOf(region, scale);
		String within = level == RegionLevel.national ? RegionLevel.NATIONAL : region;
		Map<String, Map<String, List<String>>> byProvinceAndCity = new TreeMap<>();
		for (String code : new TreeSet<>(REFERENCE.codes())) {
			if (RegionLevel.of(code) != RegionLevel.national && RegionLevel.within(code, within)
					&& PROVINCES.contains(code.substring(0, 2))) {
				byProvinceAndCity.computeIfAbsent(RegionLevel.province.unitOf(code), p -> new TreeMap<>())
					.computeIfAbsent(RegionLevel.city.unitOf(code), c -> new ArrayList<>())
					.add(code);
			}
		}
		List<List<String>> provinces = new ArrayList<>();
		byProvinceAndCity.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, Map<String, List<String>>> p) -> -p.getValue().size())
				.thenComparing(Map.Entry::getKey))
			.forEach(p -> provinces.add(ordered(p.getKey(), p.getValue())));
		if (level == RegionLevel.national) {
			int wanted = Math.max(2, count / PER_PROVINCE);
			provinces.subList(Math.min(wanted, provinces.size()), provinces.size()).clear();
		}
		List<String> all = inTurn(provinces);
		if (all.isEmpty()) {
			// A code the reference lacks still gets its schools, all its own.
			return List.of(region);
		}
		return all.subList(0, Math.min(count, all.size()));
	}

	/**
	 * One province's units: its own code (省属), then each city's first two units (its own
	 * code and a county), then the rest in turn.
	 */
	private static List<String> ordered(String province, Map<String, List<String>> cities) {
		List<String> result = new ArrayList<>();
		List<List<String>> rest = new ArrayList<>();
		for (Map.Entry<String, List<String>> city : cities.entrySet()) {
			List<String> units = new ArrayList<>(city.getValue());
			if (city.getKey().equals(province)) {
				result.addAll(0, units);
				continue;
			}
			int first = Math.min(2, units.size());
			rest.add(new ArrayList<>(units.subList(first, units.size())));
			result.addAll(units.subList(0, first));
		}
		result.addAll(inTurn(rest));
		return result;
	}

	/**
	 * The lists' elements taken in turn: the first of each, then the second of each, …
	 */
	private static List<String> inTurn(List<List<String>> lists) {
		List<String> result = new ArrayList<>();
		while (lists.stream().anyMatch(list -> !list.isEmpty())) {
			for (List<String> list : lists) {
				if (!list.isEmpty()) {
					result.add(list.remove(0));
				}
			}
		}
		return result;
	}

}
