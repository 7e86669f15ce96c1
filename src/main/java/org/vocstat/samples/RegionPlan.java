package org.vocstat.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Everything decided before a single row is written: the school master, the totals, each
 * school's quota and each non-technical school's majors. Small: nothing per student.
 *
 * @param request the request
 * @param master the region's schools
 * @param figures the totals
 * @param quotas each operating school's quota, by school index
 * @param sites each operating non-technical school's majors, by school index
 * @param catalogue the major catalogue
 * @param fixture whether this is the published 嘉兴 fixture
 * @param openTwice the persons planted open at schools of two units
 */
record RegionPlan(GenerationRequest request, RegionMaster master, RegionFigures figures,
		Map<Integer, SchoolQuota> quotas, Map<Integer, List<Major>> sites, MajorCatalogue catalogue, boolean fixture,
		List<OpenTwice> openTwice) {

	/** The persons planted on the school's roster whose record elsewhere stays open. */
	List<OpenTwice> openTwiceAt(SchoolPlan home) {
		return openTwice.stream().filter(p -> p.home().index() == home.index()).toList();
	}

	int academicYear() {
		return request.academicYear();
	}

	int calendarYear() {
		return request.academicYear() + 1;
	}

	long seed() {
		return request.seed();
	}

	/** The statistics date (统计基准日) at which in-school students are counted. */
	LocalDate snapshot() {
		return LocalDate.of(academicYear(), 10, 31);
	}

	/** When the systems exported the rosters: after the academic year ended. */
	String exportedAt() {
		return calendarYear() + "-09-05T02:00:00+08:00";
	}

	List<SchoolPlan> operating() {
		return master.operating();
	}

	SchoolQuota quota(SchoolPlan school) {
		return quotas.get(school.index());
	}

	/** A total over the operating schools. */
	long sum(ToLongFunction<SchoolQuota> part) {
		return quotas.values().stream().mapToLong(part).sum();
	}

}
