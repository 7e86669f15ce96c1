package org.vocstat.operator;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.indicator.CheckResult;
import org.vocstat.indicator.FigureQueries;
import org.vocstat.publication.EditionFigures;
import org.vocstat.publication.Editions;
import org.vocstat.indicator.PublishedCheck;
import org.vocstat.indicator.PublishedFigure;
import org.vocstat.indicator.ScopeNames;

/**
 * {@code vocstat check-published FILE}: every published figure against the recomputed
 * one, with explanations and the scope's name beside its code.
 */
@Command(name = "check-published", mixinStandardHelpOptions = true,
		description = {
				"Compares a published report's figures (section,indicator,scope,period,value,unit,name_zh) with",
				"the recomputed ones at the published precision: MATCH, DIFFERS (explained) or NOT COMPUTED.",
				"An example file ships in src/main/resources/published/jiaxing-2023.csv." })
class CheckPublishedCommand implements Callable<Integer> {

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "The published figures, CSV.")
	private Path file;

	@Option(names = "--region", description = "Region code (default: the only region loaded).")
	private String region;

	@Option(names = "--edition", paramLabel = "ID",
			description = "Compare with the figures of this published edition instead of the current ones.")
	private Long edition;

	@Option(names = "--format", description = "table, csv or json (default ${DEFAULT-VALUE}).", defaultValue = "table")
	private OutputFormat format;

	@Override
	public Integer call() {
		OptionValues.region(region);
		if (!Files.exists(file)) {
			throw new ConfigurationProblem(Messages.text("file.missing", "{0} does not exist", file), null);
		}
		List<PublishedFigure> published;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			published = PublishedFigure.read(reader);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new ConfigurationProblem(
					Messages.text("file.unreadable", "cannot read {0}: {1}", file, Problems.describe(ex)), ex);
		}
		PrintWriter out = spec.commandLine().getOut();
		return Warehouse.run(root, warehouse -> {
			List<CheckResult> results;
			if (edition == null) {
				String resolved = warehouse.get(FigureQueries.class).region(region, null);
				results = warehouse.get(PublishedCheck.class).check(published, resolved);
			}
			else {
				EditionFigures figures = warehouse.get(Editions.class).open(edition);
				results = warehouse.get(PublishedCheck.class).check(published, figures.edition().region(), figures);
			}
			new RecordPrinter(out).print(NamedCheckResult.of(results, warehouse.get(ScopeNames.class)),
					NamedCheckResult.class, format);
			if (format == OutputFormat.table) {
				out.println();
				TerminalWidth.println(out, summary(results));
			}
			return 0;
		});
	}

	/** The closing line: how many figures, and how many of each verdict, in words. */
	static String summary(List<CheckResult> results) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String verdict : List.of(CheckResult.MATCH, CheckResult.DIFFERS, CheckResult.NOT_COMPUTED)) {
			counts.put(verdict, 0L);
		}
		results.forEach(r -> counts.merge(r.verdict(), 1L, Long::sum));
		List<String> parts = new ArrayList<>();
		counts.forEach((verdict, count) -> {
			if (count > 0) {
				parts.add(Messages.text("published.count", "{0} {1}", String.format("%,d", count),
						Messages.status(verdict)));
			}
		});
		return Messages.text("published.summary", "{0} published figures: {1}", String.format("%,d", results.size()),
				parts.isEmpty() ? "-" : String.join(", ", parts));
	}

}
