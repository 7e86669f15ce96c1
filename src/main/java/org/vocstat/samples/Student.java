package org.vocstat.samples;

import java.time.LocalDate;

/**
 * One person on a school's roster for the academic year, with everything needed to write
 * their sms and/or tss records: the truth about them, and where the two systems are made
 * to disagree.
 *
 * @param identity ID document
 * @param name 姓名
 * @param ethnicity 民族
 * @param school home school (where they are counted)
 * @param track where they stand in the AY
 * @param registration which systems hold them, and any conflict between the two
 * @param entry entry date (sms shows its month)
 * @param years 学制
 * @param major MoE major (for a technical school, the code its sms records use)
 * @param technical HRSS major, or {@code null} at a non-technical school
 * @param smsNumber 学籍号
 * @param tssNumber 学号
 * @param className 班级
 * @param status status and change date as at export time
 * @param conflicting the other system's status for a status conflict, else {@code null}
 * @param conflictOnSms whether a birth, gender or status conflict shows on the sms side
 * (else tss)
 * @param destination graduate destination, or {@code null}
 * @param furtherStudy sms 升学类型 for 升学, else empty
 * @param transfer an earlier record at another school of the same system, or {@code null}
 */
record Student(Identity identity, String name, String ethnicity, SchoolPlan school, Track track,
		Registration registration, LocalDate entry, int years, Major major, TechnicalMajor technical, String smsNumber,
		String tssNumber, String className, StatusChange status, StatusChange conflicting, boolean conflictOnSms,
		Destination destination, String furtherStudy, Transfer transfer) {

	/** Which systems hold a person, and whether their two records disagree. */
	enum Registration {

		SMS, TSS, DUAL, DUAL_BIRTH_CONFLICT, DUAL_GENDER_CONFLICT, DUAL_STATUS_CONFLICT;

		boolean inSms() {
			return this != TSS;
		}

		boolean inTss() {
			return this != SMS;
		}

	}

	/**
	 * A status with the date it took effect.
	 *
	 * @param status the status
	 * @param date change date, or {@code null} when there was none
	 */
	record StatusChange(EnrolmentStatus status, LocalDate date) {
	}

	/**
	 * The record a transferred student left behind at their former school.
	 *
	 * @param from the former school
	 * @param major its MoE major there
	 * @param technical its HRSS major there (tss transfers)
	 * @param date the date of 转出 / 转学
	 * @param className the class there
	 * @param open whether that record was never closed: still 在籍, without a date
	 * ({@link OpenTwice})
	 */
	record Transfer(SchoolPlan from, Major major, TechnicalMajor technical, LocalDate date, String className,
			boolean open) {
	}

	int cohortYear() {
		return entry.getMonthValue() < 9 ? entry.getYear() - 1 : entry.getYear();
	}

}
