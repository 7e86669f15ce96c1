package org.vocstat.samples;

import java.util.ArrayList;
import java.util.List;

import org.vocstat.samples.RegionFigures.AwardCount;
import org.vocstat.samples.RegionFigures.Enrolment;
import org.vocstat.samples.RegionFigures.Exams;
import org.vocstat.samples.RegionFigures.Facilities;
import org.vocstat.samples.RegionFigures.MajorTargets;
import org.vocstat.samples.RegionFigures.Teachers;
import org.vocstat.samples.RegionFigures.Training;

/**
 * Scales the 嘉兴 AY2022 proportions to a region of any size; totals stay internally
 * consistent.
 */
final class SyntheticFigures {

	private SyntheticFigures() {
	}

	static RegionFigures scaledTo(long inSchool, int nonTechnicalSchools) {
		RegionFigures base = JiaxingFigures.forYear(2022);
		double f = (double) inSchool / base.enrolment().inSchool();
		Enrolment e = base.enrolment();
		Enrolment enrolment = new Enrolment(inSchool, times(e.newEntrants(), f), times(e.graduates(), f),
				atLeastOne(e.springIntake(), f), atLeastOne(e.newEarlyLeavers(), f), atLeastOne(e.earlyLeavers(), f),
				atLeastOne(e.temporaryIds(), f), atLeastOne(e.permits(), f), atLeastOne(e.passports(), f),
				atLeastOne(e.smsTransfers(), f), atLeastOne(e.tssTransfers(), f));
		long[] destinations = Apportionment.split(enrolment.graduates(), base.destinations());
		Teachers t = base.teachers();
		long fullTime = Math.max(1, times(t.fullTime(), f));
		long[] teaching = Apportionment.split(fullTime, t.teaching());
		long[] titles = Apportionment.split(fullTime, t.titles());
		long mentors = times(t.mentors(), f);
		Teachers teachers = new Teachers(Apportionment.split(fullTime, t.education()), titles, teaching,
				Math.min(teaching[1] + teaching[2], times(t.dualQualified(), f)), times(t.partTime(), f), mentors,
				Math.min(mentors, times(t.honouredMentors(), f)), Math.min(titles[0] + titles[1], atLeastOne(7, f)));
		Facilities b = base.facilities();
		Facilities facilities = new Facilities(times(b.land(), f), times(b.building(), f), times(b.equipmentCents(), f),
				times(b.books(), f));
		Exams x = base.exams();
		long candidates = times(x.candidates(), f);
		long admitted = Math.min(candidates, times(x.admitted(), f));
		long bachelor = Math.min(admitted, times(x.bachelor(), f));
		long transfer = times(x.transfer(), f);
		Exams exams = new Exams(candidates, bachelor, Math.min(bachelor, times(x.integratedBachelor(), f)), admitted,
				transfer, Math.max(admitted + transfer, times(x.fullTimeHigherEducation(), f)));
		long[][] cells = new long[Training.TARGETS.size()][Training.INDUSTRIES.size()];
		for (int i = 0; i < cells.length; i++) {
			for (int j = 0; j < cells[i].length; j++) {
				cells[i][j] = times(base.training().cells()[i][j], f);
			}
		}
		List<AwardCount> awards = new ArrayList<>();
		for (AwardCount award : base.awards()) {
			awards.add(new AwardCount(award.level(), award.category(), award.prize(), times(award.count(), f)));
		}
		return new RegionFigures(enrolment, destinations, teachers, facilities, base.surveys(), exams,
				new Training(cells, times(base.training().shortCourses(), f)), awards, times(base.fundingCents(), f),
				times(base.generalHighSchoolNew(), f), times(base.trainingTask(), f),
				majorTargets(base.majors(), nonTechnicalSchools));
	}

	/**
	 * About 22 sites per non-technical school in the fixture's 产业 proportions; the
	 * planner caps what cannot fit.
	 */
	private static MajorTargets majorTargets(MajorTargets base, int schools) {
		int[] sites = new int[3];
		for (int i = 0; i < 3; i++) {
			sites[i] = (int) Math.max(1, Math.round((double) base.sitesByIndustry()[i] * schools / 8));
		}
		return new MajorTargets(sites, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, false);
	}

	private static long times(long value, double f) {
		return Math.round(value * f);
	}

	private static long atLeastOne(long value, double f) {
		return Math.max(1, Math.round(value * f));
	}

}
