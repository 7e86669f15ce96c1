package org.vocstat.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.vocstat.samples.SchoolPlan.Role;
import org.vocstat.samples.Student.Registration;
import org.vocstat.samples.Student.Transfer;

/**
 * Fills one school's roster with persons: majors, identities, registrations, statuses,
 * destinations, special documents and transfers, then orders them by cohort and class.
 * Holds one school at a time.
 */
final class RosterBuilder {

	private static final String[] FURTHER_STUDY = { "全日制高职", "中高职一体化转段", "中本一体化", "单独考试招生", "普通高考", "非全日制" };

	private static final double[] FURTHER_STUDY_SHARE = { 0.093, 0.268, 0.010, 0.388, 0.008, 0.233 };

	private final RegionPlan plan;

	private final IdentityAllocator ids;

	private final BirthPlaces places;

	private final StatusPlanner statuses;

	private final QuotaDraw<Destination> destinations;

	private final SplittableRandom destinationRandom;

	private final SplittableRandom spareRandom;

	private final List<SchoolPlan> generalSchools;

	private final List<SchoolPlan> tssSchools;

	RosterBuilder(RegionPlan plan, IdentityAllocator ids) {
		this.plan = plan;
		this.ids = ids;
		this.places = new BirthPlaces(plan.master().counties());
		this.statuses = new StatusPlanner(plan.academicYear());
		this.destinations = new QuotaDraw<>(plan.figures().destinations(), Destination.values());
		this.destinationRandom = Seeded.random(plan.seed(), "destinations");
		this.spareRandom = Seeded.random(plan.seed(), "spare-students");
		this.generalSchools = plan.operating().stream().filter((s) -> s.role() == Role.GENERAL).toList();
		this.tssSchools = plan.operating().stream().filter(SchoolPlan::inTss).toList();
	}

	/** Every person on the school's roster, in export order. */
	List<Student> build(SchoolPlan school) {
		SchoolQuota quota = plan.quota(school);
		SplittableRandom random = Seeded.random(plan.seed(), "roster-" + school.index());
		Offer offer = Offer.of(school, plan);
		List<Slot> slots = Slot.of(quota, school.technical(), random);
		List<StudentDraft> drafts = new ArrayList<>(slots.size());
		int covered = 0;
		for (Slot slot : slots) {
			StudentDraft draft = new StudentDraft(school, slot.track(), slot.years());
			// The first in-school students cover every offered major, so each offer is a
			// 布点 at the statistics date.
			draft.assignMajor(offer, slot.track().inSchool && covered < offer.size() ? covered++ : -1, random);
			draft.entry = entry(slot, random);
			person(draft, random);
			draft.registration = registration(school, slot.track(), random);
			draft.status = statuses.statusFor(slot.track(), draft.entry, random);
			if (draft.registration == Registration.DUAL_STATUS_CONFLICT) {
				draft.conflicting = statuses.conflicting(draft.entry, random);
			}
			draft.conflictOnSms = draft.registration == Registration.DUAL_BIRTH_CONFLICT || random.nextBoolean();
			if (slot.track() == Track.GRADUATE) {
				graduate(draft, destinations.next(destinationRandom), random);
			}
			drafts.add(draft);
		}
		SpecialCases special = new SpecialCases(drafts, random);
		SpecialDocuments documents = new SpecialDocuments(ids, plan.academicYear(), random);
		special.documents(quota.temporaryIds(), () -> documents.temporary(school));
		special.documents(quota.permits(), documents::permit);
		special.documents(quota.passports(), () -> documents.passport(school));
		special.transfers(quota.smsTransfers() + quota.tssTransfers(), (d) -> transfer(d, random));
		List<OpenTwice> openTwice = plan.openTwiceAt(school);
		if (!openTwice.isEmpty()) {
			// A stream of its own: the rest of the roster is drawn as without them.
			SplittableRandom own = Seeded.random(plan.seed(), "open-twice-" + school.index());
			SpecialCases planted = new SpecialCases(drafts, own);
			for (OpenTwice person : openTwice) {
				planted.transfers(1, (d) -> openElsewhere(d, person.other(), own));
			}
		}
		return finish(school, drafts, random);
	}

	/**
	 * A fresh person of the school who is on no roster: the body of a deliberately bad
	 * row.
	 */
	Student spare(SchoolPlan school, boolean graduate) {
		SplittableRandom random = spareRandom;
		Offer offer = Offer.of(school, plan);
		StudentDraft draft = new StudentDraft(school, graduate ? Track.GRADUATE : Track.CONTINUING, 3);
		draft.assignMajor(offer, -1, random);
		draft.entry = LocalDate.of(plan.academicYear() - (graduate ? 2 : 1), 9, 1);
		person(draft, random);
		draft.registration = school.role() == Role.TECHNICAL_ONLY ? Registration.TSS : Registration.SMS;
		draft.status = statuses.statusFor(draft.track, draft.entry, random);
		if (graduate) {
			graduate(draft, Destination.values()[random.nextInt(Destination.values().length)], random);
		}
		draft.className = className(school, draft, 1);
		draft.smsNumber = "G" + draft.identity.number();
		draft.tssNumber = draft.cohortYear() + String.format("%03d9%03d", school.index() % 1000, random.nextInt(1000));
		return draft.toStudent();
	}

	private LocalDate entry(Slot slot, SplittableRandom random) {
		if (slot.track() == Track.SPRING_INTAKE) {
			return LocalDate.of(plan.academicYear() + 1, 3, 1 + random.nextInt(5));
		}
		return LocalDate.of(plan.academicYear() - slot.offset(), 9, 1 + random.nextInt(6));
	}

	/** Gender from the major, age 15–17 at entry, an ID from the birth place, a name. */
	private void person(StudentDraft draft, SplittableRandom random) {
		boolean male = random.nextDouble() >= draft.femaleShare();
		int r = random.nextInt(100);
		int birthYear = draft.cohortYear() - 15 - (r < 72 ? 0 : r < 96 ? 1 : 2);
		LocalDate birth = LocalDate.ofYearDay(birthYear,
				1 + random.nextInt(LocalDate.of(birthYear, 1, 1).lengthOfYear()));
		draft.identity = ids.allocate(places.pick(random, draft.school.county()), birth, male);
		draft.name = ChineseNames.next(random, male);
		draft.ethnicity = ChineseNames.ethnicity(random);
	}

	private static Registration registration(SchoolPlan school, Track track, SplittableRandom random) {
		if (school.role() != Role.DUAL) {
			return school.role() == Role.GENERAL ? Registration.SMS : Registration.TSS;
		}
		double r = random.nextDouble();
		if (r < 0.006) {
			return Registration.SMS;
		}
		if (r < 0.136) {
			return Registration.TSS;
		}
		if (r < 0.141) {
			return Registration.DUAL_BIRTH_CONFLICT;
		}
		if (r < 0.145) {
			return Registration.DUAL_GENDER_CONFLICT;
		}
		boolean openNonGraduate = track == Track.NEW_IN_SCHOOL || track == Track.CONTINUING;
		return r < 0.151 && openNonGraduate ? Registration.DUAL_STATUS_CONFLICT : Registration.DUAL;
	}

	private static void graduate(StudentDraft draft, Destination destination, SplittableRandom random) {
		draft.destination = destination;
		draft.furtherStudy = destination == Destination.FURTHER_STUDY
				? FURTHER_STUDY[Seeded.weighted(random, FURTHER_STUDY_SHARE)] : "";
	}

	/**
	 * The student transferred in from another school of the same system; dated before or
	 * after the statistics date.
	 */
	private void transfer(StudentDraft draft, SplittableRandom random) {
		List<SchoolPlan> others = (draft.school.role() == Role.GENERAL ? generalSchools : tssSchools).stream()
			.filter((s) -> s.index() != draft.school.index())
			.toList();
		SchoolPlan from = others.get(random.nextInt(others.size()));
		int year = plan.academicYear();
		LocalDate date = random.nextBoolean()
				? Seeded.between(random, LocalDate.of(year, 9, 10), LocalDate.of(year, 10, 25))
				: Seeded.between(random, LocalDate.of(year, 11, 10), LocalDate.of(year + 1, 3, 31));
		Offer offer = Offer.of(from, plan);
		StudentDraft there = new StudentDraft(from, draft.track, draft.years);
		there.assignMajor(offer, -1, random);
		there.entry = draft.entry;
		draft.transfer = new Transfer(from, there.major, there.technical, date,
				className(from, there, 1 + random.nextInt(4)), false);
	}

	/**
	 * The student came from {@code from}, whose record was never closed: open at both
	 * schools ({@link OpenTwice}).
	 */
	private void openElsewhere(StudentDraft draft, SchoolPlan from, SplittableRandom random) {
		StudentDraft there = new StudentDraft(from, draft.track, draft.years);
		there.assignMajor(Offer.of(from, plan), -1, random);
		there.entry = draft.entry;
		draft.transfer = new Transfer(from, there.major, null, null, className(from, there, 1 + random.nextInt(4)),
				true);
	}

	private List<Student> finish(SchoolPlan school, List<StudentDraft> drafts, SplittableRandom random) {
		drafts
			.sort(Comparator.comparingInt((StudentDraft d) -> -d.cohortYear()).thenComparing(StudentDraft::majorCode));
		Map<String, Integer> perClass = new HashMap<>();
		Map<Integer, Integer> perCohort = new HashMap<>();
		List<Student> students = new ArrayList<>(drafts.size());
		for (StudentDraft d : drafts) {
			int inClass = perClass.merge(d.cohortYear() + d.majorCode(), 1, Integer::sum) - 1;
			int serial = perCohort.merge(d.cohortYear(), 1, Integer::sum);
			d.className = className(school, d, inClass / 42 + 1);
			d.tssNumber = d.cohortYear() + String.format("%03d%04d", school.index() % 1000, serial);
			d.smsNumber = smsNumber(school, d, serial, random);
			students.add(d.toStudent());
		}
		return students;
	}

	/**
	 * 学籍号: G + ID for most; a transfer's new record and a few others carry a
	 * school-issued J or L number.
	 */
	private static String smsNumber(SchoolPlan school, StudentDraft d, int serial, SplittableRandom random) {
		if (school.moeCode() == null) {
			return "";
		}
		String schoolIssued = school.moeCode() + String.format("%02d%06d", d.cohortYear() % 100, serial);
		if (d.identity.type() == Identity.Document.PASSPORT) {
			return "L" + schoolIssued;
		}
		if (d.transfer != null || random.nextInt(1000) < 25) {
			return "J" + schoolIssued;
		}
		return "G" + d.identity.number();
	}

	private static String className(SchoolPlan school, StudentDraft d, int number) {
		String major = d.technical != null ? d.technical.shortName() : d.major.shortName();
		return school.technical() ? d.cohortYear() + major + number + "班"
				: (d.cohortYear() % 100) + "级" + major + number + "班";
	}

}
