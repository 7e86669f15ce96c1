package org.vocstat.samples;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.vocstat.samples.Student.StatusChange;

/**
 * Decides the status a roster shows at export time for each track, with change dates on
 * the right side of the statistics date: leavers of a track that is not in school left on
 * or before it, others after it.
 */
final class StatusPlanner {

	private final int year;

	private final LocalDate snapshot;

	StatusPlanner(int academicYear) {
		this.year = academicYear;
		this.snapshot = LocalDate.of(academicYear, 10, 31);
	}

	StatusChange statusFor(Track track, LocalDate entry, SplittableRandom random) {
		switch (track) {
			case GRADUATE:
				return new StatusChange(EnrolmentStatus.GRADUATED, LocalDate.of(year + 1, 6, 30));
			case SPRING_INTAKE:
				return new StatusChange(EnrolmentStatus.ENROLLED, null);
			case NEW_EARLY_LEAVER:
			case EARLY_LEAVER:
				return earlyLeaving(entry, random);
			default:
				return open(entry, random);
		}
	}

	/**
	 * A leaving status dated on or before the statistics date (the statistics date itself
	 * included).
	 */
	StatusChange earlyLeaving(LocalDate entry, SplittableRandom random) {
		LocalDate from = max(entry.plusDays(2), LocalDate.of(year, 9, 2));
		double r = random.nextDouble();
		EnrolmentStatus status = r < 0.6 ? EnrolmentStatus.WITHDRAWN
				: r < 0.9 ? EnrolmentStatus.TRANSFERRED : EnrolmentStatus.CANCELLED;
		return new StatusChange(status, random.nextInt(40) == 0 ? snapshot : Seeded.between(random, from, snapshot));
	}

	/**
	 * A status open at the statistics date: 在籍, 休学, or a leaving status dated after it.
	 */
	private StatusChange open(LocalDate entry, SplittableRandom random) {
		double r = random.nextDouble();
		LocalDate afterSnapshot = Seeded.between(random, snapshot.plusDays(1), LocalDate.of(year + 1, 7, 31));
		if (r < 0.012) {
			return new StatusChange(EnrolmentStatus.SUSPENDED, Seeded.between(random,
					max(entry.plusDays(7), LocalDate.of(year, 9, 10)), LocalDate.of(year + 1, 6, 30)));
		}
		if (r < 0.032) {
			return new StatusChange(EnrolmentStatus.WITHDRAWN, afterSnapshot);
		}
		if (r < 0.038) {
			return new StatusChange(EnrolmentStatus.TRANSFERRED, afterSnapshot);
		}
		if (r < 0.050) {
			// 复学 or a change of class: still 在籍, with a change date.
			return new StatusChange(EnrolmentStatus.ENROLLED,
					Seeded.between(random, entry.plusDays(7), LocalDate.of(year + 1, 6, 30)));
		}
		return new StatusChange(EnrolmentStatus.ENROLLED, null);
	}

	/**
	 * The status the other system shows for a status conflict: left on or before the
	 * statistics date.
	 */
	StatusChange conflicting(LocalDate entry, SplittableRandom random) {
		LocalDate from = max(entry.plusDays(2), LocalDate.of(year, 9, 5));
		return new StatusChange(EnrolmentStatus.WITHDRAWN, Seeded.between(random, from, snapshot.minusDays(6)));
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
