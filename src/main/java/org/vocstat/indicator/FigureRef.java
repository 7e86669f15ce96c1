package org.vocstat.indicator;

import java.math.BigDecimal;

/**
 * The stored figure behind a cell of a report table: which indicator, scope and period,
 * and its value, so that a page can link the cell to the figure and chart the value.
 */
public record FigureRef(String indicator, String scope, String period, BigDecimal value) {
}
