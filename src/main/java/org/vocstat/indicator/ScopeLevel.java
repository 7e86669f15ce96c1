package org.vocstat.indicator;

/** Where a figure applies: the whole region, one 隶属区划 (county or 市本级), or one school. */
public enum ScopeLevel {

	city, county, school;

	/** SQL condition on a fact view selecting this scope (bind {@code :code} for county and school). */
	String predicate() {
		return switch (this) {
			case city -> "true";
			case county -> "admin_code = :code";
			case school -> "school_key = :code";
		};
	}

}
