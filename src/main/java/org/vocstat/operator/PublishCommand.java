package org.vocstat.operator;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.pipeline.ExitCode;
import org.vocstat.publication.PublishOutcome;
import org.vocstat.publication.Publisher;

/**
 * {@code vocstat publish}: freezes a region's figures of an academic year into an
 * edition, unless review findings are open.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
		description = { "Freezes the region's current figures of an academic year (its AY and CY figures, and the",
				"previous year's the report pairs with them) into an edition that later loads never change.",
				"Exit: 0 published (or nothing changed since the latest edition), 2 unknown region or period,",
				"3 refused by open review findings (explain or accept them, or --override), 4 a load runs." })
class PublishCommand implements Callable<Integer> {

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Option(names = "--region", required = true, description = "Region code, e.g. 330400.")
	private String region;

	@Option(names = "--period", required = true, description = "The academic year, e.g. AY2022.")
	private String period;

	@Option(names = "--title", required = true, description = "The edition's title.")
	private String title;

	@Option(names = "--by", required = true, description = "Who publishes (recorded in the edition and audit trail).")
	private String by;

	@Option(names = "--override", paramLabel = "REASON",
			description = "Publish despite open review findings; the reason is recorded.")
	private String override;

	@Override
	public Integer call() {
		OptionValues.region(region);
		OptionValues.period(period);
		if (by.isBlank()) {
			throw new ConfigurationProblem(Messages.format("publish.empty-by"), null);
		}
		return Warehouse.run(root, warehouse -> {
			PublishOutcome outcome = warehouse.get(Publisher.class).publish(region, period, title, by, override);
			(outcome.kind() == PublishOutcome.Kind.REFUSED || outcome.kind() == PublishOutcome.Kind.BUSY
					? spec.commandLine().getErr() : spec.commandLine().getOut())
				.println(Messages.say(outcome.reason()));
			return switch (outcome.kind()) {
				case PUBLISHED, UNCHANGED -> ExitCode.SUCCESS.code();
				case REFUSED -> ExitCode.REFUSED.code();
				case BUSY -> ExitCode.BUSY.code();
			};
		});
	}

}
