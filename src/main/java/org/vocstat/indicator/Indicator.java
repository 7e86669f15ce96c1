package org.vocstat.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * One published figure's definition: names, unit, period kind (AY or CY), the scope
 * levels it is computed for, and how it is computed — a {@code value} (sum of measures ×
 * multiplier), a {@code ratio} (numerator measures over denominator measures ×
 * multiplier), or the {@code change} / {@code growth} of another indicator against the
 * previous period — rounded once, HALF_UP, to {@code precision} decimals.
 */
public record Indicator(String code, String nameZh, String nameEn, String unit, String periodKind,
		Set<ScopeLevel> scopes, Kind kind, List<String> numerator, List<String> denominator, BigDecimal multiplier,
		int precision, String display) {

	/** How an indicator is computed. */
	public enum Kind {

		value, ratio, change, growth;

		boolean overPreviousPeriod() {
			return this == change || this == growth;
		}

	}

	/** The indicator a change or growth is taken of. */
	public String base() {
		return numerator.get(0);
	}

	/** The value as the report prints it, e.g. {@code 15.41:1} or {@code 44.31%}. */
	public String displayed(BigDecimal value) {
		String plain = value.toPlainString();
		return display == null || display.isBlank() ? plain : display.replace("{value}", plain);
	}

}
