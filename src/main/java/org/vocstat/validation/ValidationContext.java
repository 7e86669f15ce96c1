package org.vocstat.validation;

import java.time.LocalDate;
import java.util.Set;

import org.vocstat.person.IdentityHasher;

/**
 * What the rules of one file need to know beyond the row itself: the batch's period, the keyed hasher, and the
 * reference sets that codes are looked up in (this system's schools in the batch, the major catalogue).
 */
public record ValidationContext(String region, int academicYear, LocalDate snapshotDate, IdentityHasher hasher,
		Set<String> schoolCodes, Set<String> majorCodes) {

	/** The calendar year whose figures (training, awards, exams, funding) a batch for this AY carries. */
	public int calendarYear() {
		return academicYear + 1;
	}

}
