package org.vocstat.indicator;

/**
 * A scope as written in figures and the published file: {@code province:330000},
 * {@code city:330400}, {@code county:330421}, {@code school:…}; {@code national:000000}
 * for the country.
 */
public record Scope(ScopeLevel level, String code) {

	public static Scope parse(String text) {
		int colon = text.indexOf(':');
		if (colon < 0) {
			throw new IllegalArgumentException("a scope is level:code, e.g. city:330400, not " + text);
		}
		try {
			return new Scope(ScopeLevel.valueOf(text.substring(0, colon)), text.substring(colon + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"a scope's level is national, province, city, county or school, not " + text.substring(0, colon),
					ex);
		}
	}

	/**
	 * The scope of a batch's whole region: {@code city:330400} for a city batch,
	 * {@code province:330000} …
	 */
	public static Scope ofRegion(String region) {
		return new Scope(ScopeLevel.ofRegion(region), region);
	}

	/**
	 * The SQL condition selecting this scope's rows of a batch of {@code region}: all of
	 * them for the region itself (rows filed for the region as a whole have no school or
	 * 隶属区划), else its level's predicate.
	 */
	String condition(String region) {
		return equals(ofRegion(region)) ? "true" : level.predicate();
	}

	@Override
	public String toString() {
		return level + ":" + code;
	}

}
