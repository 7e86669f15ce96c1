package org.vocstat.reconciliation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the batch's student records divide between the ledger's two connections: by their keyed ID hash. The
 * records hashing below {@code boundary} are ranked and paired on the step's connection, the others on the second,
 * which then does the graduates (see {@link PersonLedger#build}). A person's records share their hash, so each side
 * holds every record it needs to rank and pair its own; and the two conditions are complements over a column that is
 * never null, so every record is on exactly one side, whatever the boundary. The boundary only decides how the work
 * is shared.
 */
record HashSplit(String boundary) {

	/** Written into SQL as a literal: lowercase hex digits, as the hashes have them, and letters beyond f for tests. */
	private static final Pattern LITERAL = Pattern.compile("[0-9a-z]{1,64}");

	/** What copying a student record's ledger row costs the step's connection, against ranking it (see below). */
	static final double COPY_COST = 0.2;

	/** What ranking a graduate record costs, with its table's key, against ranking a student record. */
	static final double GRADUATE_COST = 1.2;

	HashSplit {
		if (!LITERAL.matcher(boundary).matches()) {
			throw new IllegalArgumentException("a hash boundary is 1 to 64 lowercase letters or digits: " + boundary);
		}
	}

	/**
	 * The boundary that gives both connections about as much to do: the step's connection ranks a share {@code f} of
	 * the {@code S} students, then copies in the others; the second ranks those others, then the {@code G}
	 * graduates. So {@code f·S + COPY_COST·(1 − f)·S = (1 − f)·S + GRADUATE_COST·G}. The costs are rounded from
	 * measurements: a student record ranked on the step's connection, one copied, and a graduate record with its
	 * table's key took 3.7, 0.7 and 4.1 µs at province scale, 5.4, 1.5 and 6.2 µs nationally, and with these costs the
	 * two connections ended 0.4 s (province) and 0.9 s (national) apart. The hash's hex digits are uniform (a keyed
	 * SHA-256), so four of them set the share to 1/65,536.
	 */
	static HashSplit balancing(long students, long graduates) {
		double share = students <= 0 ? 0
				: ((1 - COPY_COST) * students + GRADUATE_COST * graduates) / ((2 - COPY_COST) * students);
		long digits = Math.round(Math.max(0, Math.min(1, share)) * 0x10000);
		return new HashSplit(String.format(Locale.ROOT, "%04x", Math.min(0xffff, digits)));
	}

	/** The step's side: the records hashing below the boundary. */
	String below() {
		return "id_hash < '" + boundary + "'";
	}

	/** The second connection's side: the others. */
	String atOrAbove() {
		return "id_hash >= '" + boundary + "'";
	}

}
