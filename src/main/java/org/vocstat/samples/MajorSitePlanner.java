package org.vocstat.samples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vocstat.samples.RegionFigures.MajorTargets;

/**
 * Chooses which majors each non-technical school offers (its 专业布点) so that the sites,
 * codes, classes, categories and sites by 产业 meet the targets: exactly for the fixture,
 * as closely as fits otherwise.
 */
final class MajorSitePlanner {

	/** 专业大类 from the most to the least commonly offered in 中职 schools. */
	private static final List<String> PREFERENCE = List.of("66", "71", "73", "72", "74", "70", "64", "77", "75", "68",
			"67", "69", "63", "79", "62", "61", "76", "65", "78");

	private final MajorCatalogue catalogue;

	MajorSitePlanner(MajorCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The majors offered by each school, by school index. */
	Map<Integer, List<Major>> plan(List<SchoolPlan> schools, MajorTargets targets) {
		Map<String, Map<String, List<Major>>> tree = tree();
		int allClasses = tree.values().stream().mapToInt(Map::size).sum();
		int sitesTotal = targets.sites();
		int codesTarget = Math.min(targets.codes(), Math.min(catalogue.majors().size(), sitesTotal));
		int classesTarget = Math.min(targets.classes(), Math.min(allClasses, codesTarget));
		int categoriesTarget = Math.min(targets.categories(), Math.min(PREFERENCE.size(), classesTarget));
		List<List<Major>> classes = chooseClasses(tree, categoriesTarget, classesTarget, targets.exact());
		List<Major> codes = chooseCodes(classes, codesTarget, targets);
		int[] sites = sitesPerCode(codes, targets, schools.size());
		return assign(schools, codes, sites);
	}

	private Map<String, Map<String, List<Major>>> tree() {
		Map<String, Map<String, List<Major>>> tree = new LinkedHashMap<>();
		for (String category : PREFERENCE) {
			tree.put(category, new LinkedHashMap<>());
		}
		for (Major major : catalogue.majors()) {
			tree.get(major.categoryCode()).computeIfAbsent(major.classCode(), (k) -> new ArrayList<>()).add(major);
		}
		return tree;
	}

	/**
	 * Round-robin over the categories in preference order, one more class per category
	 * per round.
	 */
	private static List<List<Major>> chooseClasses(Map<String, Map<String, List<Major>>> tree, int categories,
			int classes, boolean exact) {
		List<List<List<Major>>> byCategory = new ArrayList<>();
		for (String category : PREFERENCE.subList(0, categories)) {
			byCategory.add(new ArrayList<>(tree.get(category).values()));
		}
		List<List<Major>> chosen = new ArrayList<>();
		for (int round = 0; chosen.size() < classes; round++) {
			int before = chosen.size();
			for (List<List<Major>> category : byCategory) {
				if (round < category.size() && chosen.size() < classes) {
					chosen.add(category.get(round));
				}
			}
			if (chosen.size() == before) {
				if (exact) {
					throw new IllegalStateException("the catalogue has too few classes for " + classes);
				}
				break;
			}
		}
		return chosen;
	}

	/**
	 * One major per chosen class, then more round-robin, keeping each 产业's codes below
	 * its sites.
	 */
	private static List<Major> chooseCodes(List<List<Major>> classes, int codes, MajorTargets targets) {
		int[] cap = new int[3];
		for (int i = 0; i < 3; i++) {
			cap[i] = Math.max(1, (int) Math.ceil(targets.sitesByIndustry()[i] * 0.6));
		}
		int[] perIndustry = new int[3];
		List<Major> chosen = new ArrayList<>();
		for (int round = 0; chosen.size() < codes; round++) {
			int before = chosen.size();
			for (List<Major> majors : classes) {
				if (round < majors.size() && chosen.size() < codes) {
					int industry = majors.get(round).industry() - 1;
					if (round == 0 || perIndustry[industry] < cap[industry]) {
						chosen.add(majors.get(round));
						perIndustry[industry]++;
					}
				}
			}
			if (chosen.size() == before) {
				if (targets.exact()) {
					throw new IllegalStateException("the catalogue has too few majors for " + codes + " codes");
				}
				break;
			}
		}
		return chosen;
	}

	/**
	 * One site per code, then each 产业's remaining sites to its codes in order, at most
	 * one per school.
	 */
	private static int[] sitesPerCode(List<Major> codes, MajorTargets targets, int schools) {
		int[] sites = new int[codes.size()];
		for (int industry = 1; industry <= 3; industry++) {
			List<Integer> members = new ArrayList<>();
			for (int i = 0; i < codes.size(); i++) {
				if (codes.get(i).industry() == industry) {
					members.add(i);
					sites[i] = 1;
				}
			}
			int extra = targets.sitesByIndustry()[industry - 1] - members.size();
			if (targets.exact() && (extra < 0 || extra > members.size() * (schools - 1))) {
				throw new IllegalStateException(
						"产业 " + industry + " cannot take " + targets.sitesByIndustry()[industry - 1] + " sites with "
								+ members.size() + " codes over " + schools + " schools");
			}
			for (int round = 0; extra > 0 && round < schools - 1; round++) {
				for (int k = 0; k < members.size() && extra > 0; k++) {
					sites[members.get(k)]++;
					extra--;
				}
			}
		}
		return sites;
	}

	/**
	 * Each code to the schools that so far offer the fewest majors, so schools end up
	 * with similar counts.
	 */
	private static Map<Integer, List<Major>> assign(List<SchoolPlan> schools, List<Major> codes, int[] sites) {
		Integer[] order = new Integer[codes.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingInt((Integer i) -> -sites[i]));
		int[] load = new int[schools.size()];
		List<List<Major>> offered = new ArrayList<>();
		schools.forEach((s) -> offered.add(new ArrayList<>()));
		int rotate = 0;
		for (int code : order) {
			Integer[] candidates = new Integer[schools.size()];
			for (int k = 0; k < candidates.length; k++) {
				candidates[k] = (k + rotate) % schools.size();
			}
			Arrays.sort(candidates, Comparator.comparingInt((Integer k) -> load[k]));
			for (int n = 0; n < sites[code]; n++) {
				offered.get(candidates[n]).add(codes.get(code));
				load[candidates[n]]++;
			}
			rotate++;
		}
		Map<Integer, List<Major>> result = new LinkedHashMap<>();
		for (int k = 0; k < schools.size(); k++) {
			offered.get(k).sort(Comparator.comparing(Major::code));
			result.put(schools.get(k).index(), List.copyOf(offered.get(k)));
		}
		return result;
	}

}
