package org.vocstat.indicator;

import org.vocstat.reference.RegionLevel;

/**
 * Where a figure applies, top down: the nation, a province, a city, a county (a 隶属区划 of
 * county level, or a city's own schools, 市本级), one school. Each unit is read from the
 * 隶属区划 code of a school (see {@link RegionLevel}).
 */
public enum ScopeLevel {

	national, province, city, county, school;

	/** The level of a batch's own region, the scope all of its rows fall into. */
	public static ScopeLevel ofRegion(String region) {
		return valueOf(RegionLevel.of(region).name());
	}

	/** The region level this scope level reads from the 隶属区划 code; none for a school. */
	RegionLevel regionLevel() {
		return this == school ? null : RegionLevel.valueOf(name());
	}

	/**
	 * SQL of a fact row's unit at this level, from its {@code admin_code} (as
	 * {@link RegionLevel#unitOf} gives it) or its {@code school_key}.
	 */
	String unitSql() {
		return switch (this) {
			case national -> "'" + RegionLevel.NATIONAL + "'";
			case province -> "left(admin_code, 2) || '0000'";
			case city ->
				"CASE WHEN admin_code LIKE '__0000' THEN admin_code::text ELSE left(admin_code, 4) || '00' END";
			case county -> "admin_code";
			case school -> "school_key";
		};
	}

	/**
	 * SQL condition on a fact view selecting a unit of this level (bind {@code :code}),
	 * not the batch's region.
	 */
	String predicate() {
		return this == national ? "true" : unitSql() + " = :code";
	}

}
