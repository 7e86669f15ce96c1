package org.vocstat.operator;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

/**
 * {@code vocstat check-published FILE}: every published figure against the recomputed
 * one, with explanations.
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
		List<PublishedFigure> published;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			published = PublishedFigure.read(reader);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new ConfigurationProblem("cannot read " + file + ": " + ex.getMessage(), ex);
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
			new RecordPrinter(out).print(results, CheckResult.class, format);
			if (format == OutputFormat.table) {
				Map<String, Long> counts = new TreeMap<>();
				results.forEach(r -> counts.merge(r.verdict(), 1L, Long::sum));
				out.println();
				out.println(results.size() + " published figures: " + counts);
			}
			return 0;
		});
	}

}
