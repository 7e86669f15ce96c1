package org.vocstat.samples;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.vocstat.person.ResidentId;

/**
 * Issues resident ID numbers that are unique within a batch without remembering them:
 * each (area, birth date, gender) bucket hands out its sequence numbers in a scrambled
 * order from a small counter.
 */
final class IdentityAllocator {

	/**
	 * Sequence numbers per bucket and gender: three digits with the parity fixed by
	 * gender.
	 */
	private static final int PER_BUCKET = 250;

	private final LocalDate first;

	private final int days;

	private final Map<String, byte[]> counters = new HashMap<>();

	IdentityAllocator(LocalDate first, LocalDate last) {
		this.first = first;
		this.days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
	}

	/**
	 * A fresh 18-character number; the birth date moves to the next day if its bucket is
	 * full.
	 */
	Identity allocate(String area, LocalDate birth, boolean male) {
		byte[] counts = counters.computeIfAbsent(area, (k) -> new byte[days * 2]);
		LocalDate day = birth;
		for (int tries = 0; tries < days; tries++) {
			int index = (int) (day.toEpochDay() - first.toEpochDay());
			if (index < 0 || index >= days) {
				throw new IllegalArgumentException("birth date " + day + " outside " + first + " + " + days + " days");
			}
			int slot = index * 2 + (male ? 1 : 0);
			int used = counts[slot] & 0xFF;
			if (used < PER_BUCKET) {
				counts[slot] = (byte) (used + 1);
				int scramble = Math.floorMod(area.hashCode() * 31 + index * 17, 500);
				int sequence = ((used * 7 + scramble) % 500) * 2 + (male ? 1 : 0);
				String body = area + day.toString().replace("-", "") + String.format("%03d", sequence);
				return new Identity(Identity.Document.RESIDENT, body + ResidentId.checkCharacter(body), male, day);
			}
			day = day.plusDays(1);
			if (day.toEpochDay() - first.toEpochDay() >= days) {
				day = first;
			}
		}
		throw new IllegalStateException("no ID numbers left for area " + area);
	}

}
