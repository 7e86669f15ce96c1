package org.vocstat.validation;

import java.time.LocalDate;
import java.util.Set;

import org.vocstat.person.IdentityHasher;

/**
 * What the rules of one file need to know beyond the row itself: the batch's period, the
 * keyed hasher, and the reference sets that codes are looked up in (this system's schools
 * in the batch, the major catalogue, the 区划 reference's codes: null when 隶属区划 are not
 * looked up).
 */
public record ValidationContext(String region, int academicYear, LocalDate snapshotDate, IdentityHasher hasher,
		Set<String> schoolCodes, Set<String> majorCodes, Set<String> regionCodes) {

	/**
	 * A context that looks no 隶属区划 up in the 区划 reference (a school's must still lie
	 * within the region).
	 */
	public ValidationContext(String region, int academicYear, LocalDate snapshotDate, IdentityHasher hasher,
			Set<String> schoolCodes, Set<String> majorCodes) {
		this(region, academicYear, snapshotDate, hasher, schoolCodes, majorCodes, null);
	}

	/**
	 * The calendar year whose figures (training, awards, exams, funding) a batch for this
	 * AY carries.
	 */
	public int calendarYear() {
		return academicYear + 1;
	}

}
