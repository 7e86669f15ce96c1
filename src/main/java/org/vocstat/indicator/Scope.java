package org.vocstat.indicator;

/** A scope as written in figures and the published file: {@code city:330400}, {@code county:330421}, {@code school:…}. */
public record Scope(ScopeLevel level, String code) {

	public static Scope parse(String text) {
		int colon = text.indexOf(':');
		if (colon < 0) {
			throw new IllegalArgumentException("a scope is level:code, e.g. city:330400, not " + text);
		}
		return new Scope(ScopeLevel.valueOf(text.substring(0, colon)), text.substring(colon + 1));
	}

	@Override
	public String toString() {
		return level + ":" + code;
	}

}
