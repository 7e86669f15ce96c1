package org.vocstat.samples;

import java.time.LocalDate;
import java.util.List;

import org.vocstat.samples.Student.Registration;
import org.vocstat.samples.Student.StatusChange;

/**
 * Renders a student's records in the layouts of sms and tss. The population rows drift
 * the way real exports do; a clean rendering (for the body of a bad row) does not, so a
 * bad row carries exactly one fault.
 */
final class RosterRows {

	private final Untidy untidy;

	private final int graduationYear;

	RosterRows(Untidy untidy, int academicYear) {
		this.untidy = untidy;
		this.graduationYear = academicYear + 1;
	}

	/** The sms/students record of a student at their home school. */
	List<String> sms(Student s, boolean clean) {
		ExportFile file = ExportFile.SMS_STUDENTS;
		StatusChange status = s.registration() == Registration.DUAL_STATUS_CONFLICT && s.conflictOnSms()
				? s.conflicting() : s.status();
		return List.of(s.smsNumber(), s.identity().type().label, smsId(s.identity(), file, clean), s.name(),
				smsGender(s, clean), smsBirth(s, clean), s.ethnicity(), s.school().moeCode(), s.major().code(),
				s.major().name(), "2021", smsYears(s), month(s.entry(), file, clean), s.cohortYear() + "级",
				s.className(), s.school().smsStudentType(), status.status().sms, date(status.date(), file, clean));
	}

	/**
	 * sms knows 学制 2 to 5 only: a technical school's 6-year 预备技师 track is registered
	 * there as 5 years.
	 */
	private static String smsYears(Student s) {
		return Integer.toString(Math.min(s.years(), 5));
	}

	/**
	 * The record a transferred student left at their former sms school: 转出, or still 在籍
	 * when it was never closed.
	 */
	List<String> smsTransferredOut(Student s) {
		ExportFile file = ExportFile.SMS_STUDENTS;
		Student.Transfer t = s.transfer();
		untidy.tally().add(IrregularKind.SECOND_RECORD_IN_SYSTEM, file);
		return List.of("G" + s.identity().number(), s.identity().type().label, smsId(s.identity(), file, false),
				s.name(), s.identity().gender(), date(s.identity().birth(), file, false), s.ethnicity(),
				t.from().moeCode(), t.major().code(), t.major().name(), "2021", smsYears(s),
				month(s.entry(), file, false), s.cohortYear() + "级", t.className(), t.from().smsStudentType(),
				(t.open() ? EnrolmentStatus.ENROLLED : EnrolmentStatus.TRANSFERRED).sms, date(t.date(), file, false));
	}

	List<String> tss(Student s, boolean clean) {
		ExportFile file = ExportFile.TSS_STUDENTS;
		StatusChange status = s.registration() == Registration.DUAL_STATUS_CONFLICT && !s.conflictOnSms()
				? s.conflicting() : s.status();
		TechnicalMajor.TssLevel level = TechnicalMajor.TssLevel.forYears(s.years());
		return List.of(s.tssNumber(), s.name(), tssGender(s, clean), id(s.identity().number(), file, clean),
				yearMonth(s.identity().birth()), s.school().tssCode(),
				s.technical().coded(level, !clean && untidy.chance(0.7)), s.technical().name(), level.label,
				Integer.toString(s.years()), date(s.entry(), file, clean), status.status().tss,
				date(status.date(), file, clean), s.className());
	}

	List<String> tssTransferredOut(Student s) {
		ExportFile file = ExportFile.TSS_STUDENTS;
		Student.Transfer t = s.transfer();
		untidy.tally().add(IrregularKind.SECOND_RECORD_IN_SYSTEM, file);
		TechnicalMajor.TssLevel level = TechnicalMajor.TssLevel.forYears(s.years());
		return List.of(
				s.cohortYear()
						+ String.format("%03d8%03d", t.from().index() % 1000, Math.floorMod(s.name().hashCode(), 1000)),
				s.name(), s.identity().gender(), id(s.identity().number(), file, false),
				yearMonth(s.identity().birth()), t.from().tssCode(), t.technical().coded(level, true),
				t.technical().name(), level.label, Integer.toString(s.years()), date(s.entry(), file, false),
				EnrolmentStatus.TRANSFERRED.tss, date(t.date(), file, false), t.className());
	}

	List<String> smsGraduate(Student s, boolean clean) {
		ExportFile file = ExportFile.SMS_GRADUATES;
		Destination d = s.destination();
		return List.of(s.smsNumber(), smsId(s.identity(), file, clean), s.name(), s.school().moeCode(),
				s.major().code(), graduationYear + "-06", d.sms, s.furtherStudy(), d.smsIndustry());
	}

	List<String> tssGraduate(Student s) {
		ExportFile file = ExportFile.TSS_GRADUATES;
		Destination d = s.destination();
		TechnicalMajor.TssLevel level = TechnicalMajor.TssLevel.forYears(s.years());
		return List.of(s.tssNumber(), id(s.identity().number(), file, false), s.name(), s.school().tssCode(),
				s.technical().coded(level, untidy.chance(0.7)), date(LocalDate.of(graduationYear, 6, 30), file, false),
				d.tss, d.tssIndustry());
	}

	private String smsId(Identity identity, ExportFile file, boolean clean) {
		switch (identity.type()) {
			case TEMPORARY:
				untidy.tally().add(IrregularKind.TEMPORARY_ID, file);
				return identity.number();
			case PERMIT:
			case PASSPORT:
				untidy.tally().add(IrregularKind.OTHER_DOCUMENT, file);
				return identity.number();
			default:
				return id(identity.number(), file, clean);
		}
	}

	private String id(String number, ExportFile file, boolean clean) {
		return clean ? number : untidy.id(number, file, 0.02, 0.0008);
	}

	/** The sms 性别: wrong for a gender conflict on the sms side, and for a rare typo. */
	private String smsGender(Student s, boolean clean) {
		boolean conflict = s.registration() == Registration.DUAL_GENDER_CONFLICT && s.conflictOnSms();
		boolean typo = !clean && s.registration() == Registration.SMS && s.identity().matchable()
				&& untidy.chance(0.0003);
		if (conflict || typo) {
			untidy.tally().add(IrregularKind.GENDER_DISAGREES_WITH_ID, ExportFile.SMS_STUDENTS);
			return s.identity().male() ? "女" : "男";
		}
		return s.identity().gender();
	}

	private String tssGender(Student s, boolean clean) {
		if (s.registration() == Registration.DUAL_GENDER_CONFLICT && !s.conflictOnSms()) {
			untidy.tally().add(IrregularKind.GENDER_DISAGREES_WITH_ID, ExportFile.TSS_STUDENTS);
			return s.identity().male() ? "女" : "男";
		}
		return s.identity().gender();
	}

	/**
	 * The sms 出生日期: a registry typo (some days or a year off) for a birth-date conflict.
	 */
	private String smsBirth(Student s, boolean clean) {
		LocalDate birth = s.identity().birth();
		if (s.registration() == Registration.DUAL_BIRTH_CONFLICT) {
			untidy.tally().add(IrregularKind.BIRTH_DATE_DISAGREES_WITH_ID, ExportFile.SMS_STUDENTS);
			int shift = 1 + Math.floorMod(s.name().hashCode(), 40);
			birth = shift % 5 == 0 ? birth.minusYears(1) : birth.plusDays(shift);
		}
		return date(birth, ExportFile.SMS_STUDENTS, clean);
	}

	private String date(LocalDate date, ExportFile file, boolean clean) {
		return clean ? (date == null ? "" : date.toString()) : untidy.date(date, file, 0.003);
	}

	private String month(LocalDate date, ExportFile file, boolean clean) {
		String month = date.toString().substring(0, 7);
		if (!clean && untidy.chance(0.01)) {
			untidy.tally().add(IrregularKind.ALTERNATIVE_DATE_FORMAT, file);
			return month.replace("-", "");
		}
		return month;
	}

	private static String yearMonth(LocalDate date) {
		return date.toString().substring(0, 7).replace("-", "");
	}

}
