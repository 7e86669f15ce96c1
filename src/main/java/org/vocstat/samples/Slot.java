package org.vocstat.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A place on a school's roster before a person fills it: the track, how many years before
 * the AY the student entered, and the programme length.
 *
 * @param track where the student stands in the AY
 * @param offset years between entry and the AY (0 for this year's entrants, spring
 * included)
 * @param years 学制
 */
record Slot(Track track, int offset, int years) {

	/**
	 * The slots of one school: exact counts per track, cohorts and programme lengths in
	 * realistic shares.
	 */
	static List<Slot> of(SchoolQuota quota, boolean technical, SplittableRandom random) {
		// Technical schools run more five-year (高级工) programmes than general ones.
		double fiveYear = technical ? 0.26 : 0.08;
		List<Slot> slots = new ArrayList<>();
		add(slots, Track.NEW_IN_SCHOOL, quota.newInSchool(), 0, fiveYear, random);
		add(slots, Track.SPRING_INTAKE, quota.springIntake(), 0, 0, random);
		add(slots, Track.NEW_EARLY_LEAVER, quota.newEarlyLeavers(), 0, 0, random);
		long[] continuing = Apportionment.split(quota.continuing(),
				technical ? new double[] { 0.66, 0.17, 0.17 } : new double[] { 0.86, 0.07, 0.07 });
		add(slots, Track.CONTINUING, continuing[0], 1, fiveYear, random);
		for (int offset = 2; offset <= 3; offset++) {
			for (long i = 0; i < continuing[offset - 1]; i++) {
				slots.add(new Slot(Track.CONTINUING, offset, technical && random.nextInt(100) < 15 ? 6 : 5));
			}
		}
		long[] graduates = Apportionment.split(quota.graduates(),
				technical ? new double[] { 0.72, 0.28 } : new double[] { 0.93, 0.07 });
		add(slots, Track.GRADUATE, graduates[0], 2, 0, random);
		for (long i = 0; i < graduates[1]; i++) {
			slots.add(new Slot(Track.GRADUATE, 4, 5));
		}
		add(slots, Track.EARLY_LEAVER, quota.earlyLeavers(), 1, 0, random);
		return slots;
	}

	private static void add(List<Slot> slots, Track track, long count, int offset, double fiveYear,
			SplittableRandom random) {
		for (long i = 0; i < count; i++) {
			slots.add(new Slot(track, offset, random.nextDouble() < fiveYear ? 5 : 3));
		}
	}

}
