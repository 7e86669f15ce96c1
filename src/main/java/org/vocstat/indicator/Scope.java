package org.vocstat.indicator;

import org.vocstat.delivery.Reason;

/**
 * A scope as written in figures and the published file: {@code province:330000},
 * {@code city:330400}, {@code county:330421}, {@code school:…}; {@code national:000000}
 * for the country.
 */
public record Scope(ScopeLevel level, String code) {

	public static Scope parse(String text) {
		int colon = text.indexOf(':');
		if (colon < 0) {
			throw new Reason.BadArgumentException("scope.malformed", text);
		}
		try {
			return new Scope(ScopeLevel.valueOf(text.substring(0, colon)), text.substring(colon + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new Reason.BadArgumentException("scope.level", text.substring(0, colon));
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
