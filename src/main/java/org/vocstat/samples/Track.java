package org.vocstat.samples;

/**
 * Where a student stands in the academic year: what makes them in school, new, or a
 * graduate.
 */
enum Track {

	/** Entered in September of the AY and open at the statistics date. */
	NEW_IN_SCHOOL(true, true),
	/** Entered in the spring wave, after the statistics date: new but not in school. */
	SPRING_INTAKE(false, true),
	/** Entered in September of the AY and left on or before the statistics date. */
	NEW_EARLY_LEAVER(false, true),
	/**
	 * Entered before the AY and open at the statistics date, not graduating this year.
	 */
	CONTINUING(true, false),
	/** Entered before the AY, open at the statistics date, graduated in June of AY+1. */
	GRADUATE(true, false),
	/** Entered before the AY and left on or before the statistics date. */
	EARLY_LEAVER(false, false);

	final boolean inSchool;

	final boolean isNew;

	Track(boolean inSchool, boolean isNew) {
		this.inSchool = inSchool;
		this.isNew = isNew;
	}

}
