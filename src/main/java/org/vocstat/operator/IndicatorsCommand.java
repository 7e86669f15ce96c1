package org.vocstat.operator;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.indicator.FigureLine;
import org.vocstat.indicator.FigureQueries;
import org.vocstat.indicator.ScopeLevel;

/**
 * {@code vocstat indicators}: the computed figures of a region and period, at every scope
 * or one level.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
		description = "Lists the computed figures of a region and period (from its current batch).")
class IndicatorsCommand implements Callable<Integer> {

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Option(names = "--region", description = "Region code (default: the only region loaded).")
	private String region;

	@Option(names = "--period", required = true, description = "AY<year> or CY<year>, e.g. AY2022.")
	private String period;

	@Option(names = "--scope",
			description = "national, province, city, county or school: a level at or beneath the region (default: all).")
	private ScopeLevel scope;

	@Option(names = "--format", description = "table, csv or json (default ${DEFAULT-VALUE}).", defaultValue = "table")
	private OutputFormat format;

	@Override
	public Integer call() {
		OptionValues.region(region);
		OptionValues.period(period);
		return Warehouse.run(root, warehouse -> {
			FigureQueries figures = warehouse.get(FigureQueries.class);
			new RecordPrinter(spec.commandLine().getOut())
				.print(figures.figures(figures.region(region, null), period, scope), FigureLine.class, format);
			return 0;
		});
	}

}
