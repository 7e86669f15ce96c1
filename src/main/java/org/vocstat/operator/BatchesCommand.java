package org.vocstat.operator;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.publication.BatchLine;
import org.vocstat.publication.Retention;

/**
 * {@code vocstat batches}: every batch, what it holds on disk, and whether it was pruned.
 */
@Command(name = "batches", mixinStandardHelpOptions = true,
		description = { "Lists every batch: region, academic year, loaded at, current or superseded, the editions",
				"holding it, staged rows, size on disk (staging, ledger, figures) and when it was pruned." })
class BatchesCommand implements Callable<Integer> {

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", description = "table, csv or json (default ${DEFAULT-VALUE}).", defaultValue = "table")
	private OutputFormat format;

	@Override
	public Integer call() {
		return Warehouse.run(root, warehouse -> {
			new RecordPrinter(spec.commandLine().getOut()).print(warehouse.get(Retention.class).batches(),
					BatchLine.class, format);
			return 0;
		});
	}

}
