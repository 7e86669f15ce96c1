package org.vocstat.samples;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the per-school qrp filings whose sums are figures: conditions, satisfaction,
 * follow-up, exams, funding, and the region's own row. Each total is split over schools
 * so the parts add up exactly.
 */
final class SchoolFiguresWriter {

	private static final List<String> RESPONDENTS = List.of("毕业生", "应届毕业生", "教职工", "用人单位", "家长");

	private final RegionPlan plan;

	private final List<SchoolPlan> schools;

	private final Untidy untidy;

	private final SplittableRandom random;

	SchoolFiguresWriter(RegionPlan plan, Untidy untidy) {
		this.plan = plan;
		this.schools = plan.operating();
		this.untidy = untidy;
		this.random = Seeded.random(plan.seed(), "school-figures");
	}

	void conditions(CsvSink sink) throws IOException {
		ExportFile file = sink.file();
		RegionFigures.Facilities f = plan.figures().facilities();
		long[] land = Apportionment.split(f.land(), noisy());
		long[] building = Apportionment.split(f.building(), noisy());
		long[] equipment = Apportionment.split(f.equipmentCents(), noisy());
		long[] books = Apportionment.split(f.books(), noisy());
		for (int i = 0; i < schools.size(); i++) {
			// Some schools also use land and buildings they do not own (非学校产权独立使用).
			double rented = random.nextInt(10) < 3 ? 0.05 + 0.2 * random.nextDouble() : 0;
			long landRented = Math.round(land[i] * rented);
			long buildingRented = Math.round(building[i] * rented);
			String bookText = i == 1 ? untidy.fullWidthNumber(books[i], file) : untidy.number(books[i], file, 0.1);
			sink.row(List.of(schools.get(i).qrpCode(), year(), untidy.number(land[i] - landRented, file, 0.1),
					Long.toString(landRented), untidy.number(building[i] - buildingRented, file, 0.05),
					Long.toString(buildingRented), untidy.hundredths(equipment[i], file, 0.08), bookText));
		}
	}

	void satisfaction(CsvSink sink) throws IOException {
		RegionFigures r = plan.figures();
		long graduates = r.enrolment().graduates();
		long staff = r.teachers().fullTime() + r.teachers().partTime() / 2;
		long[] minimum = { graduates * 42 / 100, graduates * 85 / 100, staff * 110 / 100,
				Math.max(30, graduates * 75 / 1000), r.enrolment().inSchool() * 60 / 100 };
		for (int k = 0; k < RESPONDENTS.size(); k++) {
			SurveySample total = SurveySample.hitting(r.surveys().satisfaction()[k], minimum[k]);
			long[] respondents = Apportionment.split(total.respondents(), noisy());
			long[] satisfied = Apportionment.split(total.yes(), respondents);
			for (int i = 0; i < schools.size(); i++) {
				sink.row(List.of(schools.get(i).qrpCode(), year(), RESPONDENTS.get(k), Long.toString(respondents[i]),
						Long.toString(satisfied[i])));
			}
		}
	}

	void followup(CsvSink sink) throws IOException {
		SurveySample total = SurveySample.hitting(plan.figures().surveys().promotion(),
				plan.figures().enrolment().graduates() * 79 / 100);
		long[] tracked = Apportionment.split(total.respondents(), noisy());
		long[] promoted = Apportionment.split(total.yes(), tracked);
		for (int i = 0; i < schools.size(); i++) {
			sink.row(List.of(schools.get(i).qrpCode(), year(), Long.toString(tracked[i]), Long.toString(promoted[i])));
		}
	}

	void exams(CsvSink sink) throws IOException {
		RegionFigures.Exams x = plan.figures().exams();
		double[] weights = noisy();
		for (int i = 0; i < schools.size(); i++) {
			// Schools only in tss send few students to the MoE 单考单招 and 中高职 routes.
			weights[i] *= schools.get(i).inSms() ? 1 : 0.3;
		}
		long[] candidates = Apportionment.split(x.candidates(), weights);
		long[] admitted = Apportionment.split(x.admitted(), candidates);
		long[] bachelor = Apportionment.split(x.bachelor(), admitted);
		long[] integrated = Apportionment.split(x.integratedBachelor(), bachelor);
		long[] transfer = Apportionment.split(x.transfer(), weights);
		long[] otherHigherEducation = Apportionment.split(x.fullTimeHigherEducation() - x.admitted() - x.transfer(),
				weights);
		for (int i = 0; i < schools.size(); i++) {
			long fullTime = admitted[i] + transfer[i] + otherHigherEducation[i];
			String fullTimeText = i == 0 ? untidy.fullWidthNumber(fullTime, sink.file()) : Long.toString(fullTime);
			sink.row(List.of(schools.get(i).qrpCode(), calendarYear(), Long.toString(candidates[i]),
					Long.toString(bachelor[i]), Long.toString(integrated[i]), Long.toString(admitted[i]),
					Long.toString(transfer[i]), fullTimeText));
		}
	}

	void funding(CsvSink sink) throws IOException {
		long[] cents = Apportionment.split(plan.figures().fundingCents(), noisy());
		for (int i = 0; i < schools.size(); i++) {
			sink.row(List.of(schools.get(i).qrpCode(), calendarYear(), untidy.hundredths(cents[i], sink.file(), 0.1)));
		}
	}

	void region(CsvSink sink) throws IOException {
		RegionFigures r = plan.figures();
		sink.row(List.of(plan.master().code(), year(), Long.toString(r.generalHighSchoolNew()),
				Long.toString(r.trainingTask())));
	}

	/**
	 * School sizes with some spread, so per-school ratios differ as they do in real
	 * filings.
	 */
	private double[] noisy() {
		double[] weights = new double[schools.size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = schools.get(i).weight() * (0.7 + 0.6 * random.nextDouble());
		}
		return weights;
	}

	private String year() {
		return Integer.toString(plan.academicYear());
	}

	private String calendarYear() {
		return Integer.toString(plan.calendarYear());
	}

}
