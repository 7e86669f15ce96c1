package org.vocstat.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vocstat.samples.SchoolPlan.Role;

/**
 * Generates one export batch (batch.json, the sixteen sms/tss/qrp files and a README),
 * deterministically from the request's seed and streaming school by school, so a national
 * batch needs no more memory than a city.
 */
public final class SampleGenerator {

	/** Writes the batch described by the request and reports what it wrote. */
	public GenerationSummary generate(GenerationRequest request) throws IOException {
		RegionPlan plan = RegionPlanner.plan(request);
		Files.createDirectories(request.out());
		IrregularTally tally = new IrregularTally();
		Untidy untidy = new Untidy(Seeded.random(request.seed(), "untidy"), tally);
		Map<ExportFile, CsvSink> sinks = new EnumMap<>(ExportFile.class);
		Reconciliation people = new Reconciliation();
		List<GenerationSummary.FileSummary> files = new ArrayList<>();
		try {
			for (ExportFile file : ExportFile.values()) {
				sinks.put(file, new CsvSink(request.out(), file));
			}
			new SchoolMasterWriter(plan.master()).write(sinks.get(ExportFile.SMS_SCHOOLS),
					sinks.get(ExportFile.TSS_SCHOOLS), sinks.get(ExportFile.QRP_SCHOOLS));
			Map<ExportFile, DefectiveSink> defective = defectiveSinks(plan, sinks, tally);
			writeRosters(plan, untidy, defective, sinks.get(ExportFile.TSS_GRADUATES), people);
			new TeacherWriter(plan, defective.get(ExportFile.QRP_TEACHERS), untidy).write();
			SchoolFiguresWriter figures = new SchoolFiguresWriter(plan, untidy);
			figures.conditions(sinks.get(ExportFile.QRP_CONDITIONS));
			figures.satisfaction(sinks.get(ExportFile.QRP_SATISFACTION));
			figures.followup(sinks.get(ExportFile.QRP_FOLLOWUP));
			new TrainingWriter(plan, untidy).write(sinks.get(ExportFile.QRP_TRAINING));
			new AwardsWriter(plan).write(sinks.get(ExportFile.QRP_AWARDS));
			figures.exams(sinks.get(ExportFile.QRP_EXAMS));
			figures.funding(sinks.get(ExportFile.QRP_FUNDING));
			figures.region(sinks.get(ExportFile.QRP_REGION));
			for (ExportFile file : ExportFile.values()) {
				files.add(defective.containsKey(file) ? defective.get(file).finish() : sinks.get(file).finish());
			}
		}
		finally {
			for (CsvSink sink : sinks.values()) {
				sink.close();
			}
		}
		checkPopulation(plan, people);
		ManifestWriter.write(request.out(), plan, files);
		GenerationSummary summary = summary(plan, files, tally, people);
		BatchReadme.write(request.out(), plan, summary);
		return summary;
	}

	private static void writeRosters(RegionPlan plan, Untidy untidy, Map<ExportFile, DefectiveSink> defective,
			CsvSink tssGraduates, Reconciliation people) throws IOException {
		int year = plan.academicYear();
		RosterBuilder builder = new RosterBuilder(plan,
				new IdentityAllocator(LocalDate.of(year - 22, 1, 1), LocalDate.of(year - 13, 12, 31)));
		RosterWriter writer = new RosterWriter(builder, new RosterRows(untidy, year),
				defective.get(ExportFile.SMS_STUDENTS), defective.get(ExportFile.TSS_STUDENTS),
				defective.get(ExportFile.SMS_GRADUATES), tssGraduates);
		for (SchoolPlan school : plan.operating()) {
			List<Student> students = builder.build(school);
			people.add(students);
			writer.write(school, students);
		}
	}

	/**
	 * The four files that receive bad rows, each with a handful of every kind that
	 * applies to it.
	 */
	private static Map<ExportFile, DefectiveSink> defectiveSinks(RegionPlan plan, Map<ExportFile, CsvSink> sinks,
			IrregularTally tally) {
		double dualShare = 0.87;
		long smsStudents = Math.round(rosters(plan, Role.GENERAL, 1) + rosters(plan, Role.DUAL, dualShare));
		long tssStudents = Math.round(rosters(plan, Role.TECHNICAL_ONLY, 1) + rosters(plan, Role.DUAL, 0.99));
		long smsGraduates = Math.round(graduates(plan, Role.GENERAL) + graduates(plan, Role.DUAL) * dualShare);
		long teachers = plan.sum(SchoolQuota::teachers);
		Map<ExportFile, DefectiveSink> defective = new EnumMap<>(ExportFile.class);
		defective.put(ExportFile.SMS_STUDENTS,
				defective(plan, sinks, tally, ExportFile.SMS_STUDENTS, smsStudents, 2, 2, 3, 2, 2, 1, 2));
		defective.put(ExportFile.TSS_STUDENTS,
				defective(plan, sinks, tally, ExportFile.TSS_STUDENTS, tssStudents, 2, 2, 0, 2, 2, 1, 1));
		defective.put(ExportFile.SMS_GRADUATES,
				defective(plan, sinks, tally, ExportFile.SMS_GRADUATES, smsGraduates, 1, 1, 1, 1, 1, 1, 1));
		defective.put(ExportFile.QRP_TEACHERS,
				defective(plan, sinks, tally, ExportFile.QRP_TEACHERS, teachers, 1, 1, 0, 1, 1, 1, 1));
		return defective;
	}

	private static DefectiveSink defective(RegionPlan plan, Map<ExportFile, CsvSink> sinks, IrregularTally tally,
			ExportFile file, long expectedRows, int... counts) {
		IrregularKind[] kinds = { IrregularKind.BAD_CHECK_DIGIT, IrregularKind.UNKNOWN_SCHOOL_CODE,
				IrregularKind.UNKNOWN_MAJOR_CODE, IrregularKind.IMPOSSIBLE_DATE, IrregularKind.EXACT_DUPLICATE_LINE,
				IrregularKind.BROKEN_QUOTE, IrregularKind.SHORT_ROW };
		Map<IrregularKind, Integer> perKind = new LinkedHashMap<>();
		for (int i = 0; i < kinds.length; i++) {
			if (counts[i] > 0) {
				perKind.put(kinds[i], counts[i]);
			}
		}
		List<Defect> schedule = Defect.schedule(perKind, expectedRows, Seeded.random(plan.seed(), "defects-" + file));
		return new DefectiveSink(sinks.get(file), schedule, tally, plan.catalogue(),
				Seeded.random(plan.seed(), "defect-rows-" + file));
	}

	private static double rosters(RegionPlan plan, Role role, double share) {
		return share * plan.operating()
			.stream()
			.filter((s) -> s.role() == role)
			.mapToLong((s) -> plan.quota(s).roster())
			.sum();
	}

	private static double graduates(RegionPlan plan, Role role) {
		return plan.operating()
			.stream()
			.filter((s) -> s.role() == role)
			.mapToLong((s) -> plan.quota(s).graduates())
			.sum();
	}

	/**
	 * The persons written must be the persons planned; anything else is a generator bug,
	 * not a data quirk.
	 */
	private static void checkPopulation(RegionPlan plan, Reconciliation people) {
		RegionFigures.Enrolment e = plan.figures().enrolment();
		if (people.inSchool() != e.inSchool() || people.newEntrants() != e.newEntrants()
				|| people.graduates() != e.graduates()) {
			throw new IllegalStateException(
					String.format("wrote %d in school, %d new, %d graduates; planned %d, %d, %d", people.inSchool(),
							people.newEntrants(), people.graduates(), e.inSchool(), e.newEntrants(), e.graduates()));
		}
	}

	private static GenerationSummary summary(RegionPlan plan, List<GenerationSummary.FileSummary> files,
			IrregularTally tally, Reconciliation people) {
		List<SchoolPlan> operating = plan.operating();
		GenerationSummary.Population population = new GenerationSummary.Population(operating.size(),
				(int) operating.stream().filter(SchoolPlan::technical).count(), people.inSchool(), people.newEntrants(),
				people.graduates(), plan.figures().teachers().fullTime());
		return new GenerationSummary(plan.master().code(), plan.master().name(), plan.academicYear(), plan.snapshot(),
				plan.fixture(), plan.request().out(), population, List.copyOf(files), tally.counts(),
				Collections.unmodifiableMap(new LinkedHashMap<>(people.classes())));
	}

}
