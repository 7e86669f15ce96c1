package org.vocstat.console;

import java.math.BigDecimal;
import java.util.List;

/**
 * A chart as the page's script draws it with ECharts: a bar chart of one or more series
 * over the labels, or a pie of one series.
 */
record Chart(String id, String title, String type, List<String> labels, List<Series> series) {

	/** One series of values, one per label (null where a figure is missing). */
	record Series(String name, List<BigDecimal> values) {
	}

}
