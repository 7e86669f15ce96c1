package org.vocstat.indicator;

import java.math.BigDecimal;

/**
 * A figure as {@code vocstat indicators} prints it, with the name of its scope (new
 * columns go last).
 */
public record FigureLine(String indicator, String scope, String period, BigDecimal value, String unit,
		BigDecimal numerator, BigDecimal denominator, long batch, String display, String nameZh, String scopeName) {
}
