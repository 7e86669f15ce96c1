package org.vocstat.samples;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.vocstat.person.ResidentId;

/**
 * Identity documents other than an ordinary resident ID: the registry's temporary
 * {@code 999} numbers, 港澳台居民居住证 (resident-ID form, area 81/82/83) and passports. All are
 * counted, none is matched.
 */
final class SpecialDocuments {

	private final IdentityAllocator ids;

	private final int academicYear;

	private final SplittableRandom random;

	/**
	 * Serials continue from one document to the next, so two students of a school never
	 * share a number.
	 */
	private int serial;

	SpecialDocuments(IdentityAllocator ids, int academicYear, SplittableRandom random) {
		this.ids = ids;
		this.academicYear = academicYear;
		this.random = random;
		this.serial = random.nextInt(500);
	}

	Identity temporary(SchoolPlan school) {
		// The registry's serials are sequential; skip any that would pass the checksum by
		// accident.
		while (true) {
			String number = "999" + school.moeCode() + String.format("%05d", ++serial);
			if (ResidentId.checkCharacter(number.substring(0, 17)) != number.charAt(17)) {
				return new Identity(Identity.Document.TEMPORARY, number, random.nextBoolean(),
						LocalDate.of(academicYear - 16, 1 + random.nextInt(12), 1 + random.nextInt(28)));
			}
		}
	}

	Identity permit() {
		String area = new String[] { "810000", "820000", "830000" }[random.nextInt(3)];
		Identity id = ids.allocate(area,
				LocalDate.of(academicYear - 16, 1 + random.nextInt(12), 1 + random.nextInt(28)), random.nextBoolean());
		return new Identity(Identity.Document.PERMIT, id.number(), id.male(), id.birth());
	}

	Identity passport(SchoolPlan school) {
		return new Identity(Identity.Document.PASSPORT,
				String.format("E%02d%06d", random.nextInt(100), school.index() * 1000 + ++serial % 1000),
				random.nextBoolean(), LocalDate.of(academicYear - 16, 1 + random.nextInt(12), 1 + random.nextInt(28)));
	}

}
