package org.vocstat.operator;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.indicator.Figure;
import org.vocstat.indicator.FigureQueries;
import org.vocstat.indicator.Periods;
import org.vocstat.publication.EditionFigures;
import org.vocstat.publication.Editions;
import org.vocstat.indicator.Scope;
import org.vocstat.indicator.ScopeLevel;
import org.vocstat.indicator.ScopeNames;
import org.vocstat.indicator.SourceRows;
import org.vocstat.indicator.Trace;
import org.vocstat.indicator.TraceRow;
import org.vocstat.indicator.Tracer;

/**
 * {@code vocstat trace INDICATOR --scope … --period …}: a figure's definition in words
 * and SQL, its numerator and denominator, every contributing source row, and whether the
 * rows are still those it was computed from.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
		description = { "Traces a figure to its source rows (file, file SHA-256, line, line SHA-256, masked keys).",
				"Table format prints the summary and the first rows; csv and json print every row." })
class TraceCommand implements Callable<Integer> {

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "INDICATOR", description = "An indicator code, e.g. enrolment.in_school.")
	private String indicator;

	@Option(names = "--scope", required = true, description = "city:<code>, county:<code> or school:<code>.")
	private String scope;

	@Option(names = "--period", required = true, description = "AY<year> or CY<year>.")
	private String period;

	@Option(names = "--region",
			description = "Region code (default: the loaded region the scope names or lies in, or the only region loaded).")
	private String region;

	@Option(names = "--edition", paramLabel = "ID",
			description = "Trace the figure as published in this edition, to the rows of its batch.")
	private Long edition;

	@Option(names = "--rows", defaultValue = "20",
			description = "Rows shown in table format (default ${DEFAULT-VALUE}).")
	private int shown;

	@Option(names = "--format", description = "table, csv or json (default ${DEFAULT-VALUE}).", defaultValue = "table")
	private OutputFormat format;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		OptionValues.region(region);
		OptionValues.period(period);
		Scope parsed = parsedScope();
		return Warehouse.run(root, warehouse -> {
			Tracer tracer = warehouse.get(Tracer.class);
			RecordPrinter printer = new RecordPrinter(out);
			if (format != OutputFormat.table) {
				Trace trace = edition == null
						? tracer.trace(indicator, parsed, period,
								warehouse.get(FigureQueries.class).region(region, parsed))
						: tracer.trace(published(warehouse, parsed));
				printer.print(trace.rows(), TraceRow.class, format);
				spec.commandLine().getErr().println(digestLine(trace));
				return 0;
			}
			// The table shows a summary and the first rows: those are counted and chosen
			// by
			// PostgreSQL, not read in full (bench/performance.md, "Commands that answer
			// in a
			// second").
			Trace trace = edition == null
					? tracer.describe(indicator, parsed, period,
							warehouse.get(FigureQueries.class).region(region, parsed))
					: tracer.describe(published(warehouse, parsed));
			SourceRows sourceRows = warehouse.get(SourceRows.class);
			List<SourceRows.Tally> tallies = sourceRows.tally(trace.figure());
			printSummary(out, trace, tallies,
					warehouse.get(ScopeNames.class)
						.of(trace.figure().batchId())
						.name(Scope.parse(trace.figure().scope())));
			printer.print(sourceRows.first(trace.figure(), shown), TraceRow.class, format);
			long rows = tallies.stream().mapToLong(SourceRows.Tally::rows).sum();
			if (rows > shown) {
				out.printf("… %,d more rows (--format csv lists them all)%n", rows - shown);
			}
			return 0;
		});
	}

	/** The figure as the edition holds it. */
	private Figure published(Warehouse warehouse, Scope parsed) {
		EditionFigures figures = warehouse.get(Editions.class).open(edition);
		return figures.batchFor(figures.edition().region(), Periods.academicYearOf(period))
			.flatMap(batch -> figures.find(batch, indicator, parsed.toString(), period))
			.orElseThrow(() -> new IllegalArgumentException(
					"edition " + edition + " has no figure " + indicator + " " + parsed + " " + period + " (it holds "
							+ figures.edition().region() + " " + figures.edition().period() + ")"));
	}

	private Scope parsedScope() {
		Scope parsed;
		try {
			parsed = Scope.parse(scope);
		}
		catch (IllegalArgumentException ex) {
			throw new ConfigurationProblem(Messages.say(ex) + " (--scope)", ex);
		}
		if (parsed.level() != ScopeLevel.school) {
			OptionValues.region(parsed.code(), "--scope");
		}
		return parsed;
	}

	private static void printSummary(PrintWriter out, Trace trace, List<SourceRows.Tally> tallies, String scopeName) {
		var figure = trace.figure();
		say(out, "%s  %s  (%s)%n", trace.indicator().code(), trace.indicator().nameZh(), trace.indicator().nameEn());
		String unit = trace.indicator().display() == null || trace.indicator().display().isBlank()
				? " " + trace.indicator().unit() : "";
		say(out, "%s %s %s = %s%s   numerator %s   denominator %s   batch %d%s%n", figure.scope(), scopeName,
				figure.period(), trace.indicator().displayed(figure.value()), unit, plain(figure.numerator()),
				plain(figure.denominator()), figure.batchId(),
				figure.previousBatchId() == null ? "" : " (previous period: batch " + figure.previousBatchId() + ")");
		out.println();
		out.println("Definition:");
		trace.definition().forEach(line -> TerminalWidth.println(out, "  " + line));
		out.println();
		out.println("SQL:");
		trace.sql().forEach(sql -> TerminalWidth.println(out, "  " + sql.replace("\n", "\n  ")));
		out.println();
		for (String role : new String[] { "numerator", "denominator", "current", "previous" }) {
			List<SourceRows.Tally> ofRole = tallies.stream().filter(tally -> tally.role().equals(role)).toList();
			long rows = ofRole.stream().mapToLong(SourceRows.Tally::rows).sum();
			if (rows > 0) {
				say(out, "  %-11s %,d source rows%n", role, rows);
				ofRole.stream()
					.filter(tally -> tally.rows() > 0)
					.forEach(tally -> say(out, "              %s: %,d distinct units%n", tally.measure(),
							tally.units()));
			}
		}
		TerminalWidth.println(out, digestLine(trace));
		out.println();
	}

	/** A formatted line ({@code %n} ends it), wrapped to the terminal. */
	private static void say(PrintWriter out, String format, Object... arguments) {
		String text = String.format(format, arguments);
		TerminalWidth.println(out, text.endsWith(System.lineSeparator())
				? text.substring(0, text.length() - System.lineSeparator().length()) : text);
	}

	private static String digestLine(Trace trace) {
		return trace.unchanged()
				? "Digest " + trace.figure().digest().substring(0, 16)
						+ "…: the contributing rows are unchanged since the figure was computed"
				: "Digest CHANGED: stored " + trace.figure().digest().substring(0, 16) + "…, now "
						+ trace.recomputedDigest().substring(0, 16)
						+ "… — the source rows differ from those the figure was computed from";
	}

	private static String plain(BigDecimal value) {
		return value == null ? "-" : value.stripTrailingZeros().toPlainString();
	}

}
