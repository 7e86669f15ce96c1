package org.vocstat.operator;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.indicator.FigureQueries;
import org.vocstat.indicator.FigureRef;
import org.vocstat.console.ReportDocument;
import org.vocstat.indicator.Periods;
import org.vocstat.publication.EditionFigures;
import org.vocstat.publication.Editions;
import org.vocstat.indicator.ReportTable;
import org.vocstat.indicator.ReportTables;

/**
 * {@code vocstat report --period AY2022}: the annual report's tables, as Markdown or CSV,
 * or as one self-contained HTML document with the console's charts
 * ({@code --format html --out FILE}).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Renders the report's tables (表1, 表2, teachers of 1.3, destinations of 2.4, and a table by city for a province, by county for a city) from the warehouse.")
class ReportCommand implements Callable<Integer> {

	/** Output formats of a report. */
	enum ReportFormat {

		markdown, csv, html

	}

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Option(names = "--period", description = "The academic year, e.g. AY2022 (required without --edition).")
	private String period;

	@Option(names = "--region", description = "Region code (default: the only region loaded).")
	private String region;

	@Option(names = "--edition", paramLabel = "ID", description = "Render a published edition's tables (any format).")
	private Long edition;

	@Option(names = "--format", defaultValue = "markdown",
			description = "markdown or csv (with the indicator codes), or html (one self-contained file, charts included; needs --out) (default ${DEFAULT-VALUE}).")
	private ReportFormat format;

	@Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE (required for html).")
	private Path outFile;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		OptionValues.region(region);
		if (edition == null && period == null) {
			throw new ConfigurationProblem(Messages.format("report.no-period"), null);
		}
		if (edition == null) {
			OptionValues.period(period);
		}
		if (format == ReportFormat.html) {
			return html(out);
		}
		return Warehouse.run(root, warehouse -> {
			List<ReportTable> tables;
			if (edition == null) {
				tables = warehouse.get(ReportTables.class)
					.render(warehouse.get(FigureQueries.class).region(region, null), period);
			}
			else {
				EditionFigures figures = warehouse.get(Editions.class).open(edition);
				tables = warehouse.get(ReportTables.class)
					.render(figures.edition().region(), figures.edition().period(), figures);
			}
			if (format == ReportFormat.csv) {
				List<ReportCell> cells = new ArrayList<>();
				tables.forEach(table -> {
					for (int r = 0; r < table.rows().size(); r++) {
						List<String> row = table.rows().get(r);
						for (int i = 1; i < row.size(); i++) {
							FigureRef figure = table.figure(r, i);
							cells.add(new ReportCell(table.title(), row.get(0), table.header().get(i), row.get(i),
									figure == null ? "" : figure.indicator()));
						}
					}
				});
				new RecordPrinter(out).print(cells, ReportCell.class, OutputFormat.csv);
			}
			else {
				tables.forEach(table -> markdown(out, table));
			}
			return 0;
		});
	}

	private int html(PrintWriter out) {
		if (outFile == null) {
			throw new ConfigurationProblem(Messages.format("report.html-needs-out"), null);
		}
		return Warehouse.run(root, warehouse -> {
			ReportDocument documents = warehouse.get(ReportDocument.class);
			String document = edition != null ? documents.renderEdition(edition) : documents
				.render(warehouse.get(FigureQueries.class).region(region, null), "AY" + Periods.academicYearOf(period));
			try {
				Files.writeString(outFile, document, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new ConfigurationProblem(Messages.format("report.cannot-write", outFile, ex.getMessage()), ex);
			}
			out.println(Messages.format("report.written", outFile, Integer.toString(document.length() / 1024)));
			return 0;
		});
	}

	/**
	 * A table in Markdown with its indicator codes: a column of them where each row shows
	 * one figure (1.3, 2.4), else a last row naming each column's indicator (表1, 表2, the
	 * table by unit).
	 */
	private static void markdown(PrintWriter out, ReportTable table) {
		List<String> header = new ArrayList<>(table.header());
		List<List<String>> rows = new ArrayList<>();
		boolean onePerRow = true;
		for (int r = 0; r < table.rows().size(); r++) {
			onePerRow &= figures(table, r).size() <= 1;
		}
		if (onePerRow) {
			header.add("指标代码");
			for (int r = 0; r < table.rows().size(); r++) {
				List<String> row = new ArrayList<>(table.rows().get(r));
				row.add(figures(table, r).stream().map(f -> "`" + f.indicator() + "`").findFirst().orElse(""));
				rows.add(row);
			}
		}
		else {
			rows.addAll(table.rows());
			List<String> codes = new ArrayList<>(List.of("指标代码"));
			for (int c = 1; c < header.size(); c++) {
				int column = c;
				List<String> distinct = java.util.stream.IntStream.range(0, table.rows().size())
					.mapToObj(r -> table.figure(r, column))
					.filter(java.util.Objects::nonNull)
					.map(FigureRef::indicator)
					.distinct()
					.toList();
				codes.add(distinct.size() == 1 ? "`" + distinct.get(0) + "`" : "");
			}
			rows.add(codes);
		}
		out.println("### " + table.title());
		out.println();
		out.println("| " + String.join(" | ", header) + " |");
		out.println("|" + "---|".repeat(header.size()));
		rows.forEach(row -> out.println("| " + String.join(" | ", row) + " |"));
		out.println();
	}

	private static List<FigureRef> figures(ReportTable table, int row) {
		List<FigureRef> figures = new ArrayList<>();
		for (int c = 0; c < table.rows().get(row).size(); c++) {
			if (table.figure(row, c) != null) {
				figures.add(table.figure(row, c));
			}
		}
		return figures;
	}

	/**
	 * One cell of a report table, a CSV line of its own, with the code of the indicator
	 * it shows (empty for a label).
	 */
	record ReportCell(String table, String row, String column, String value, String indicator) {
	}

}
