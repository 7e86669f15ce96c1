package org.vocstat.delivery;

import java.util.Set;

/**
 * A region code of the shape GB/T 2260 gives it: six digits {@code PPCCXX}, the province
 * part one of the provinces' codes (or {@code 000000} for the whole country), city and
 * county two digits each.
 */
public final class RegionCode {

	private static final Set<Integer> PROVINCES = Set.of(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41,
			42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);

	private static final String NATIONAL = "000000";

	private RegionCode() {
	}

	/**
	 * {@code code} if it has that shape; otherwise an {@link IllegalArgumentException}
	 * saying what is wrong.
	 */
	public static String check(String code) {
		if (code == null || !code.matches("[0-9]{6}")) {
			throw new Reason.BadArgumentException("region.not-six-digits", String.valueOf(code));
		}
		if (!code.equals(NATIONAL) && !PROVINCES.contains(Integer.parseInt(code.substring(0, 2)))) {
			throw new Reason.BadArgumentException("region.no-province", code, code.substring(0, 2));
		}
		return code;
	}

}
