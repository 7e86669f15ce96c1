package org.vocstat.indicator;

import java.util.List;

/**
 * A table of the annual report, rendered from stored figures: a title, a header and rows
 * of cells.
 */
public record ReportTable(String title, List<String> header, List<List<String>> rows) {
}
