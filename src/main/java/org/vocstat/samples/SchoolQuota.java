package org.vocstat.samples;

/**
 * One school's share of the region's totals: students by track, special documents,
 * transfers in, teachers.
 *
 * @param newInSchool new entrants open at the statistics date
 * @param springIntake new entrants of the spring wave
 * @param newEarlyLeavers new entrants who left on or before the statistics date
 * @param continuing in-school students who entered before the AY and do not graduate this
 * year
 * @param graduates in-school students who graduate in June of AY+1
 * @param earlyLeavers continuing students who left on or before the statistics date
 * @param temporaryIds students with a temporary 999 number
 * @param permits students with a 港澳台居民居住证
 * @param passports students with a 护照
 * @param smsTransfers students who transferred in within sms
 * @param tssTransfers students who transferred in within tss
 * @param fullTime 专任教师
 * @param partTime 兼职教师
 * @param mentors 行业导师
 */
record SchoolQuota(long newInSchool, long springIntake, long newEarlyLeavers, long continuing, long graduates,
		long earlyLeavers, long temporaryIds, long permits, long passports, long smsTransfers, long tssTransfers,
		long fullTime, long partTime, long mentors) {

	long inSchool() {
		return newInSchool + continuing + graduates;
	}

	long newEntrants() {
		return newInSchool + springIntake + newEarlyLeavers;
	}

	long roster() {
		return inSchool() + springIntake + newEarlyLeavers + earlyLeavers;
	}

	long teachers() {
		return fullTime + partTime + mentors;
	}

}
