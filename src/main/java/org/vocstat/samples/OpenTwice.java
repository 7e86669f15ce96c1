package org.vocstat.samples;

import java.util.ArrayList;
import java.util.List;

import org.vocstat.reference.RegionLevel;
import org.vocstat.samples.SchoolPlan.Role;

/**
 * The persons of a synthetic batch planted open at two schools of different units, so
 * that the count-once rule of every level beneath the region is exercised: a student who
 * moved to {@code home} while the sms record at {@code other} was never closed (转出 not
 * recorded), so both records are 在籍 at the statistics date. For each level beneath the
 * region down to county (school for a county batch), {@link #perLevel} persons are
 * planted at pairs of general schools in the same unit of the level above and different
 * units of that level: two provinces for the nation, two cities of one province, two
 * county-level units (市本级 included) of one city, two schools of one county. The 嘉兴
 * fixture has none, so the published samples are unchanged.
 *
 * @param level the level whose units differ, or {@code null} for two schools of a county
 * @param home the school whose roster the person is on (their current record)
 * @param other the school whose record was left open
 */
record OpenTwice(RegionLevel level, SchoolPlan home, SchoolPlan other) {

	/**
	 * Persons per level: three, and one more per 100,000 in-school students (10 per level
	 * for a province, 180 for the nation); a level without such a pair of schools gets
	 * none.
	 */
	static int perLevel(Scale scale) {
		return (int) Math.max(3, scale.inSchoolTarget() / 100_000);
	}

	/** The persons to plant for a synthetic batch; none for the fixture. */
	static List<OpenTwice> plan(RegionMaster master, Scale scale, boolean fixture) {
		List<OpenTwice> planted = new ArrayList<>();
		if (fixture) {
			return planted;
		}
		RegionLevel region = RegionUnits.levelOf(master.code(), scale);
		List<SchoolPlan> general = master.operating().stream().filter(s -> s.role() == Role.GENERAL).toList();
		if (region == RegionLevel.county) {
			plant(planted, null, RegionLevel.county, general, perLevel(scale));
		}
		for (RegionLevel level : RegionLevel.values()) {
			if (level.ordinal() > region.ordinal()) {
				plant(planted, level, RegionLevel.values()[level.ordinal() - 1], general, perLevel(scale));
			}
		}
		return planted;
	}

	/**
	 * Adds pairs up to {@code count}, stopping early: a national batch has thousands of
	 * schools.
	 */
	private static void pairs(List<SchoolPlan[]> pairs, RegionLevel level, RegionLevel above, List<SchoolPlan> general,
			int count, boolean ownLevel) {
		for (int i = 0; i < general.size() && pairs.size() < count; i++) {
			SchoolPlan a = general.get(i);
			for (int j = i + 1; j < general.size() && pairs.size() < count; j++) {
				SchoolPlan b = general.get(j);
				boolean sameAbove = above.unitOf(a.administering()).equals(above.unitOf(b.administering()));
				boolean different = level == null ? a.index() != b.index()
						: !level.unitOf(a.administering()).equals(level.unitOf(b.administering()));
				boolean own = level == null || (ownLevel(level, a) && ownLevel(level, b));
				if (sameAbove && different && (own || !ownLevel)
						&& pairs.stream().noneMatch(p -> p[0] == a && p[1] == b)) {
					pairs.add(new SchoolPlan[] { a, b });
				}
			}
		}
	}

	private static boolean ownLevel(RegionLevel level, SchoolPlan school) {
		return RegionLevel.of(level.unitOf(school.administering())) == level;
	}

	private static void plant(List<OpenTwice> planted, RegionLevel level, RegionLevel above, List<SchoolPlan> general,
			int count) {
		List<SchoolPlan[]> pairs = new ArrayList<>();
		// Units of the level itself first (two cities rather than a city and 省属), then
		// any.
		pairs(pairs, level, above, general, count, true);
		pairs(pairs, level, above, general, count, false);
		// Over the pairs in turn, the direction alternating on each round, so neither
		// school of a pair is always the one that kept the open record.
		for (int k = 0; k < count && !pairs.isEmpty(); k++) {
			SchoolPlan[] pair = pairs.get(k % pairs.size());
			boolean swap = (k / pairs.size()) % 2 == 1;
			planted.add(new OpenTwice(level, swap ? pair[1] : pair[0], swap ? pair[0] : pair[1]));
		}
	}

}
