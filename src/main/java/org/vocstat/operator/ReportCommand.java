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

	@Option(names = "--edition", paramLabel = "ID", description = "Render a published edition's tables.")
	private Long edition;

	@Option(names = "--format", defaultValue = "markdown",
			description = "markdown, csv or html (one self-contained file, charts included; needs --out) (default ${DEFAULT-VALUE}).")
	private ReportFormat format;

	@Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE (required for html).")
	private Path outFile;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		OptionValues.region(region);
		if (edition == null && period == null) {
			throw new ConfigurationProblem("report needs --period AY<year> or --edition ID", null);
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
				tables.forEach(table -> table.rows().forEach(row -> {
					for (int i = 1; i < row.size(); i++) {
						cells.add(new ReportCell(table.title(), row.get(0), table.header().get(i), row.get(i)));
					}
				}));
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
			throw new ConfigurationProblem("--format html writes one file: give --out FILE", null);
		}
		if (edition != null) {
			// The document is drawn from the console's report page, which reads current
			// figures only so far.
			throw new ConfigurationProblem("--format html renders current figures only: drop --edition, or use "
					+ "--format markdown|csv for an edition", null);
		}
		return Warehouse.run(root, warehouse -> {
			String resolved = warehouse.get(FigureQueries.class).region(region, null);
			String document = warehouse.get(ReportDocument.class)
				.render(resolved, "AY" + Periods.academicYearOf(period));
			try {
				Files.writeString(outFile, document, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new ConfigurationProblem("cannot write " + outFile + ": " + ex.getMessage(), ex);
			}
			out.println("vocstat report: " + outFile + " (" + document.length() / 1024 + " KB, opens offline)");
			return 0;
		});
	}

	private static void markdown(PrintWriter out, ReportTable table) {
		out.println("### " + table.title());
		out.println();
		out.println("| " + String.join(" | ", table.header()) + " |");
		out.println("|" + "---|".repeat(table.header().size()));
		table.rows().forEach(row -> out.println("| " + String.join(" | ", row) + " |"));
		out.println();
	}

	/** One cell of a report table, a CSV line of its own. */
	record ReportCell(String table, String row, String column, String value) {
	}

}
