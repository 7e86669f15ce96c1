package org.vocstat.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.vocstat.samples.SchoolPlan.Role;

/**
 * Builds a {@link RegionPlan}: picks the fixture or a synthetic region and splits every
 * total over schools.
 */
final class RegionPlanner {

	private RegionPlanner() {
	}

	static RegionPlan plan(GenerationRequest request) {
		boolean fixture = request.isJiaxingFixture();
		RegionMaster master = fixture ? RegionMaster.jiaxing()
				: SyntheticSchools.build(request.region(), request.scale(), request.academicYear(), request.seed());
		List<SchoolPlan> schools = master.operating();
		int general = (int) schools.stream().filter((s) -> s.role() == Role.GENERAL).count();
		RegionFigures figures = fixture ? JiaxingFigures.forYear(request.academicYear())
				: SyntheticFigures.scaledTo(request.scale().inSchoolTarget(), general);
		MajorCatalogue catalogue = MajorCatalogue.load();
		List<SchoolPlan> generalSchools = schools.stream().filter((s) -> s.role() == Role.GENERAL).toList();
		Map<Integer, List<Major>> sites = new MajorSitePlanner(catalogue).plan(generalSchools, figures.majors());
		return new RegionPlan(request, master, figures, quotas(schools, figures), sites, catalogue, fixture,
				OpenTwice.plan(master, request.scale(), fixture));
	}

	private static Map<Integer, SchoolQuota> quotas(List<SchoolPlan> schools, RegionFigures figures) {
		RegionFigures.Enrolment e = figures.enrolment();
		double[] all = weights(schools, (s) -> true);
		double[] general = weights(schools, (s) -> s.role() == Role.GENERAL);
		double[] technicalOnly = weights(schools, (s) -> s.role() == Role.TECHNICAL_ONLY);
		long[] inSchool = Apportionment.split(e.inSchool(), all);
		long[] entrants = Apportionment.split(e.newEntrants(), all);
		long[] graduates = Apportionment.split(e.graduates(), all);
		long[] spring = Apportionment.split(e.springIntake(), general);
		long[] newEarly = Apportionment.split(e.newEarlyLeavers(), all);
		long[] early = Apportionment.split(e.earlyLeavers(), all);
		long[] temporary = Apportionment.split(e.temporaryIds(), general);
		long[] permits = Apportionment.split(e.permits(), general);
		long[] passports = Apportionment.split(e.passports(), general);
		// A transfer needs a second school of the same system to come from.
		long[] smsTransfers = count(general) > 1 ? Apportionment.split(e.smsTransfers(), general)
				: new long[all.length];
		long[] tssTransfers = count(technicalOnly) > 0 && count(weights(schools, SchoolPlan::inTss)) > 1
				? Apportionment.split(e.tssTransfers(), technicalOnly) : new long[all.length];
		RegionFigures.Teachers t = figures.teachers();
		long[] fullTime = Apportionment.split(t.fullTime(), all);
		long[] partTime = Apportionment.split(t.partTime(), all);
		double[] mentorWeights = all.clone();
		for (int i = 0; i < schools.size(); i++) {
			mentorWeights[i] *= schools.get(i).technical() ? 1.6 : 1.0;
		}
		long[] mentors = Apportionment.split(t.mentors(), mentorWeights);
		Map<Integer, SchoolQuota> quotas = new LinkedHashMap<>();
		for (int i = 0; i < schools.size(); i++) {
			long newInSchool = entrants[i] - spring[i] - newEarly[i];
			long continuing = inSchool[i] - newInSchool - graduates[i];
			if (newInSchool < 0 || continuing < 0) {
				throw new IllegalStateException("school " + schools.get(i).name() + " cannot hold its share");
			}
			quotas.put(schools.get(i).index(),
					new SchoolQuota(newInSchool, spring[i], newEarly[i], continuing, graduates[i], early[i],
							temporary[i], permits[i], passports[i], smsTransfers[i], tssTransfers[i], fullTime[i],
							partTime[i], mentors[i]));
		}
		return quotas;
	}

	private static double[] weights(List<SchoolPlan> schools, Predicate<SchoolPlan> which) {
		double[] weights = new double[schools.size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = which.test(schools.get(i)) ? schools.get(i).weight() : 0;
		}
		return weights;
	}

	private static int count(double[] weights) {
		int n = 0;
		for (double w : weights) {
			n += w > 0 ? 1 : 0;
		}
		return n;
	}

}
