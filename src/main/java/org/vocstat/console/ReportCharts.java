package org.vocstat.console;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.vocstat.indicator.FigureRef;
import org.vocstat.indicator.ReportTable;

/**
 * The report's charts, drawn from the figures of its tables: the year-over-year bars of
 * 表1 and 表2 (one bar per loaded year), 图1 the shares of the teachers of 1.3, the
 * destinations of 2.4, and the units beneath the region.
 */
final class ReportCharts {

	private ReportCharts() {
	}

	static List<Chart> of(List<ReportTable> tables) {
		List<Chart> charts = new ArrayList<>();
		charts.add(columns("chart-enrolment", "图 在校生与招生（按学年）", tables.get(0), 1, 2));
		charts.add(columns("chart-equipment", "图 生均仪器设备值（按学年）", tables.get(1), 1));
		charts.add(rowsMatching("chart-teachers", "图1 教师队伍结构（%）", tables.get(2), "bar", "占比", "比例"));
		charts.add(rowsMatching("chart-destinations", "图 毕业去向（人）", tables.get(3), "pie", "其中", "升学人数"));
		charts.add(columns("chart-units", "图 分区域在校生数", tables.get(4), 2));
		return charts;
	}

	/** Bars of the given columns, one group per row labelled by the row's first cell. */
	private static Chart columns(String id, String title, ReportTable table, int... columns) {
		List<String> labels = table.rows().stream().map(row -> row.get(0)).toList();
		List<Chart.Series> series = new ArrayList<>();
		for (int column : columns) {
			List<BigDecimal> values = new ArrayList<>();
			for (int row = 0; row < table.rows().size(); row++) {
				values.add(value(table.figure(row, column)));
			}
			series.add(new Chart.Series(table.header().get(column), values));
		}
		return new Chart(id, title, "bar", labels, series);
	}

	/**
	 * One series of the value column of the rows whose label contains one of the words.
	 */
	private static Chart rowsMatching(String id, String title, ReportTable table, String type, String... words) {
		List<String> labels = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		for (int row = 0; row < table.rows().size(); row++) {
			String label = table.rows().get(row).get(0);
			for (String word : words) {
				if (label.contains(word)) {
					labels.add(label.replace("（人）", "")
						.replace("其中", "")
						.replace("教师占专任教师比例", "/专任")
						.replace("教师占专业教师比例", "/专业")
						.replace("占比", ""));
					values.add(value(table.figure(row, 1)));
					break;
				}
			}
		}
		return new Chart(id, title, type, labels, List.of(new Chart.Series(title, values)));
	}

	private static BigDecimal value(FigureRef figure) {
		return figure == null ? null : figure.value();
	}

}
