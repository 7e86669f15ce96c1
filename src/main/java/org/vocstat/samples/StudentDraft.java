package org.vocstat.samples;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.vocstat.samples.Student.Registration;
import org.vocstat.samples.Student.StatusChange;
import org.vocstat.samples.Student.Transfer;

/**
 * A person being put together for a roster; turned into an immutable {@link Student} once
 * complete.
 */
final class StudentDraft {

	final SchoolPlan school;

	final Track track;

	final int years;

	Identity identity;

	String name;

	String ethnicity;

	Registration registration;

	LocalDate entry;

	Major major;

	TechnicalMajor technical;

	String smsNumber;

	String tssNumber;

	String className;

	StatusChange status;

	StatusChange conflicting;

	boolean conflictOnSms;

	Destination destination;

	String furtherStudy = "";

	Transfer transfer;

	StudentDraft(SchoolPlan school, Track track, int years) {
		this.school = school;
		this.track = track;
		this.years = years;
	}

	void assignMajor(Offer offer, int index, SplittableRandom random) {
		int pick = index >= 0 ? index : offer.pick(random);
		this.technical = offer.technical(pick);
		this.major = offer.major(pick);
	}

	int cohortYear() {
		return entry.getMonthValue() < 9 ? entry.getYear() - 1 : entry.getYear();
	}

	String majorCode() {
		return technical != null ? technical.code() : major.code();
	}

	double femaleShare() {
		return technical != null ? technical.femaleShare() : Offer.femaleShare(major);
	}

	Student toStudent() {
		return new Student(identity, name, ethnicity, school, track, registration, entry, years, major, technical,
				smsNumber, tssNumber, className, status, conflicting, conflictOnSms, destination, furtherStudy,
				transfer);
	}

}
