package org.vocstat.delivery;

import java.time.Year;
import java.time.ZoneId;

/**
 * The academic years vocstat loads: from 2000 (the exporting systems are younger) to the
 * year after the current one in China's time zone (a year's count is taken in its autumn;
 * the spare year admits a batch prepared ahead).
 */
public final class AcademicYear {

	public static final int FIRST = 2000;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private AcademicYear() {
	}

	/** The last academic year accepted today. */
	public static int last() {
		return Year.now(CHINA).getValue() + 1;
	}

	/**
	 * {@code year} if within range; otherwise an {@link IllegalArgumentException} naming
	 * the range.
	 */
	public static int check(int year) {
		if (year < FIRST || year > last()) {
			throw new Reason.BadArgumentException("academic-year.out-of-range", Integer.toString(year),
					Integer.toString(FIRST), Integer.toString(last()));
		}
		return year;
	}

}
