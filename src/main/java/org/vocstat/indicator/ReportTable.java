package org.vocstat.indicator;

import java.util.List;

/**
 * A table of the annual report, rendered from stored figures: a title, a header and rows
 * of cells, and for each cell the figure it shows ({@code null} for a label or a figure
 * not computed), so that a page can link every figure.
 */
public record ReportTable(String title, List<String> header, List<List<String>> rows, List<List<FigureRef>> figures) {

	/** A table whose cells link to no figure. */
	public ReportTable(String title, List<String> header, List<List<String>> rows) {
		this(title, header, rows, List.of());
	}

	/** The figure shown in a cell, or {@code null}. */
	public FigureRef figure(int row, int column) {
		if (row >= figures.size() || column >= figures.get(row).size()) {
			return null;
		}
		return figures.get(row).get(column);
	}

}
