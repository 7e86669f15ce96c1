package org.vocstat.operator;

import org.vocstat.delivery.AcademicYear;
import org.vocstat.delivery.RegionCode;

/**
 * The values of {@code --region}, {@code --academic-year} and {@code --period}, checked
 * before a command starts anything: a region of GB/T 2260's shape, an academic year from
 * 2000 to next year. A bad one is exit 2.
 */
public final class OptionValues {

	private OptionValues() {
	}

	/** {@code region} (null when not given) if it is a region code. */
	public static String region(String region) {
		return region(region, "--region");
	}

	/** {@code region} if it is a region code; a bad one is blamed on {@code option}. */
	static String region(String region, String option) {
		try {
			return region == null ? null : RegionCode.check(region);
		}
		catch (IllegalArgumentException ex) {
			throw new ConfigurationProblem(Messages.say(ex) + " (" + option + ")", ex);
		}
	}

	/** {@code year} (null when not given) if it is in range. */
	public static Integer academicYear(Integer year, String option) {
		try {
			return year == null ? null : AcademicYear.check(year);
		}
		catch (IllegalArgumentException ex) {
			throw new ConfigurationProblem(Messages.say(ex) + " (" + option + ")", ex);
		}
	}

	/**
	 * {@code period} if it is {@code AY<year>} or {@code CY<year>} of an academic year in
	 * range (CY is AY + 1).
	 */
	static String period(String period) {
		if (period == null || !period.matches("(AY|CY)[0-9]{4}")) {
			throw new ConfigurationProblem(Messages.format("period.shape", String.valueOf(period)), null);
		}
		int year = Integer.parseInt(period.substring(2));
		try {
			AcademicYear.check(period.startsWith("AY") ? year : year - 1);
			return period;
		}
		catch (IllegalArgumentException ex) {
			throw new ConfigurationProblem(Messages.format("period.out-of-range", period,
					Integer.toString(AcademicYear.FIRST), Integer.toString(AcademicYear.last()),
					Integer.toString(AcademicYear.FIRST + 1), Integer.toString(AcademicYear.last() + 1)), null);
		}
	}

}
