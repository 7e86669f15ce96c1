package org.vocstat.operator;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.indicator.FigureQueries;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.review.Finding;
import org.vocstat.review.FindingLevel;
import org.vocstat.review.ReviewFindings;
import org.vocstat.review.ReviewRefusedException;

/**
 * {@code vocstat review}: the review findings (数据审核) of a region's current batch for a
 * period; {@code review explain} and {@code review accept} resolve a query. Refusing to
 * explain or accept an error is exit 3; an unknown id or a bad text exit 2; either way
 * nothing changes.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
		subcommands = { ReviewCommand.Explain.class, ReviewCommand.Accept.class },
		description = { "Lists the review findings (errors and queries) of a region's current batch for a period.",
				"review explain ID --text … --by NAME, review accept ID --by NAME resolve a query." })
class ReviewCommand implements Callable<Integer> {

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Option(names = "--region", description = "Region code (default: the only region loaded).")
	private String region;

	@Option(names = "--period", description = "AY<year> or CY<year>, e.g. AY2022 (required for the list).")
	private String period;

	@Option(names = "--level", description = "error or query (default: both).")
	private FindingLevel level;

	@Option(names = "--scope", description = "A level (school, county, …) or one scope, e.g. school:3633000312.")
	private String scope;

	@Option(names = "--format", description = "table, csv or json (default ${DEFAULT-VALUE}).", defaultValue = "table")
	private OutputFormat format;

	@Override
	public Integer call() {
		OptionValues.region(region);
		if (period == null) {
			throw new ConfigurationProblem(Messages.format("review.no-period"), null);
		}
		OptionValues.period(period);
		return Warehouse.run(root, warehouse -> {
			String regionCode = warehouse.get(FigureQueries.class).region(region, null);
			List<Finding> findings = warehouse.get(ReviewFindings.class).findings(regionCode, period, level, scope);
			PrintWriter out = spec.commandLine().getOut();
			if (format == OutputFormat.table) {
				// The message is what an officer reads; the figures, explanation and who
				// and
				// when are in the CSV and JSON.
				new RecordPrinter(out).print(findings.stream()
					.map(f -> new FindingLine(f.id(), f.level(), f.status(), f.rule(), f.message()))
					.toList(), FindingLine.class, format);
				out.println();
				out.println(Messages.format("review.summary", Integer.toString(findings.size()),
						Long.toString(findings.stream().filter(Finding::unresolved).count()), regionCode, period));
			}
			else {
				new RecordPrinter(out).print(findings, Finding.class, format);
			}
			return 0;
		});
	}

	/**
	 * Runs an explanation or acceptance, turning a refusal into its one line and exit 3.
	 */
	private int resolve(CommandSpec command, java.util.function.Function<ReviewFindings, Finding> action, String done,
			String by) {
		return Warehouse.run(root, warehouse -> {
			try {
				Finding finding = action.apply(warehouse.get(ReviewFindings.class));
				command.commandLine()
					.getOut()
					.println(Messages.format(done, Long.toString(finding.id()), finding.rule(), finding.scope(), by,
							finding.status()));
				return ExitCode.SUCCESS.code();
			}
			catch (ReviewRefusedException ex) {
				command.commandLine().getErr().println("vocstat: " + Messages.say(ex));
				return ExitCode.REFUSED.code();
			}
		});
	}

	/** A finding as the table shows it. */
	record FindingLine(long id, String level, String status, String rule, String message) {
	}

	/** {@code vocstat review explain ID --text … --by NAME}. */
	@Command(name = "explain", mixinStandardHelpOptions = true,
			description = "Records the explanation of a query (at most 2000 characters); an error cannot be explained.")
	static class Explain implements Callable<Integer> {

		@ParentCommand
		private ReviewCommand review;

		@Spec
		private CommandSpec spec;

		@Parameters(paramLabel = "ID", description = "A finding id, as vocstat review lists them.")
		private long id;

		@Option(names = "--text", required = true, description = "The explanation.")
		private String text;

		@Option(names = "--by", required = true, description = "Who gives it.")
		private String by;

		@Override
		public Integer call() {
			return review.resolve(spec, findings -> findings.explain(id, text, by), "review.done.explained", by);
		}

	}

	/** {@code vocstat review accept ID --by NAME}. */
	@Command(name = "accept", mixinStandardHelpOptions = true,
			description = "Accepts a query as explained; an error cannot be accepted.")
	static class Accept implements Callable<Integer> {

		@ParentCommand
		private ReviewCommand review;

		@Spec
		private CommandSpec spec;

		@Parameters(paramLabel = "ID", description = "A finding id, as vocstat review lists them.")
		private long id;

		@Option(names = "--by", required = true, description = "Who accepts it.")
		private String by;

		@Override
		public Integer call() {
			return review.resolve(spec, findings -> findings.accept(id, by), "review.done.accepted", by);
		}

	}

}
