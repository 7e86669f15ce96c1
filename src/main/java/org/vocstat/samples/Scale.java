package org.vocstat.samples;

import java.util.Locale;

/**
 * How large a generated region is: {@code city} (the 嘉兴 fixture for region 330400),
 * {@code province} (about a million students), {@code national} (about 18 million) or a
 * number of in-school students.
 *
 * @param label {@code city}, {@code province}, {@code national} or the number as given
 * @param inSchoolTarget the number of in-school students aimed at
 */
public record Scale(String label, long inSchoolTarget) {

	/** The default: one city; for region 330400 the published 嘉兴 fixture. */
	public static final Scale CITY = new Scale("city", 51_486);

	/** A province of about a million in-school students. */
	public static final Scale PROVINCE = new Scale("province", 1_000_000);

	/** The whole country, about 18 million in-school students. */
	public static final Scale NATIONAL = new Scale("national", 18_000_000);

	public Scale {
		if (inSchoolTarget <= 0) {
			throw new IllegalArgumentException("scale must be positive, got " + inSchoolTarget);
		}
	}

	/**
	 * Parses {@code city}, {@code province}, {@code national} or a positive whole number;
	 * blank means city.
	 */
	public static Scale parse(String text) {
		if (text == null || text.isBlank()) {
			return CITY;
		}
		String value = text.strip().toLowerCase(Locale.ROOT).replace(",", "").replace("_", "");
		switch (value) {
			case "city":
				return CITY;
			case "province":
				return PROVINCE;
			case "national":
				return NATIONAL;
			default:
				try {
					return new Scale(value, Long.parseLong(value));
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException(
							"scale must be city, province, national or a positive number, got '" + text + "'", ex);
				}
		}
	}

	/** Whether this is the city scale (the fixture when the region is 嘉兴). */
	public boolean isCity() {
		return "city".equals(label);
	}

}
