package org.vocstat.samples;

import java.io.IOException;
import java.util.List;

/**
 * Writes each school's roster into sms and tss, students and graduates: a person's
 * records go to every system that holds them, a transfer's earlier record just before the
 * current one.
 */
final class RosterWriter {

	private final RosterBuilder builder;

	private final RosterRows rows;

	private final DefectiveSink smsStudents;

	private final DefectiveSink tssStudents;

	private final DefectiveSink smsGraduates;

	private final CsvSink tssGraduates;

	RosterWriter(RosterBuilder builder, RosterRows rows, DefectiveSink smsStudents, DefectiveSink tssStudents,
			DefectiveSink smsGraduates, CsvSink tssGraduates) {
		this.builder = builder;
		this.rows = rows;
		this.smsStudents = smsStudents;
		this.tssStudents = tssStudents;
		this.smsGraduates = smsGraduates;
		this.tssGraduates = tssGraduates;
	}

	void write(SchoolPlan school, List<Student> students) throws IOException {
		if (school.inSms()) {
			smsStudents.spare(() -> rows.sms(builder.spare(school, false), true));
			smsGraduates.spare(() -> rows.smsGraduate(builder.spare(school, true), true));
		}
		if (school.inTss()) {
			tssStudents.spare(() -> rows.tss(builder.spare(school, false), true));
		}
		for (Student s : students) {
			if (s.registration().inSms()) {
				if (s.transfer() != null) {
					smsStudents.population(rows.smsTransferredOut(s));
				}
				smsStudents.population(rows.sms(s, false));
				if (s.track() == Track.GRADUATE) {
					smsGraduates.population(rows.smsGraduate(s, false));
				}
			}
			if (s.registration().inTss()) {
				if (s.transfer() != null) {
					tssStudents.population(rows.tssTransferredOut(s));
				}
				tssStudents.population(rows.tss(s, false));
				if (s.track() == Track.GRADUATE) {
					tssGraduates.row(rows.tssGraduate(s));
				}
			}
		}
	}

}
