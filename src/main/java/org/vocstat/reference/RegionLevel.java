package org.vocstat.reference;

/**
 * The levels of a GB/T 2260 区划代码 {@code PPCCXX}, read from the code itself:
 * {@code 000000} the nation, {@code PP0000} a province, {@code PPCC00} a city, anything
 * else a county; each unit nests in the ones above it.
 */
public enum RegionLevel {

	national, province, city, county;

	/** The code of the whole country. */
	public static final String NATIONAL = "000000";

	/** The level a code's shape gives it; the code must be six digits. */
	public static RegionLevel of(String code) {
		if (code.equals(NATIONAL)) {
			return national;
		}
		if (code.endsWith("0000")) {
			return province;
		}
		return code.endsWith("00") ? city : county;
	}

	/**
	 * The unit at this level that {@code code} lies in: its province {@code PP0000}, its
	 * city {@code PPCC00} or itself. A code above this level is its own unit here: a
	 * province's own schools (省属, {@code 330000}) form the city-level unit
	 * {@code 330000}, a city's own (市本级, {@code 330400}) the county-level unit
	 * {@code 330400}.
	 */
	public String unitOf(String code) {
		if (ordinal() >= of(code).ordinal()) {
			return code;
		}
		return switch (this) {
			case national -> NATIONAL;
			case province -> code.substring(0, 2) + "0000";
			case city -> code.substring(0, 4) + "00";
			case county -> code;
		};
	}

	/** Whether {@code code} lies within {@code region} (a region lies within itself). */
	public static boolean within(String code, String region) {
		return of(region).unitOf(code).equals(region);
	}

}
