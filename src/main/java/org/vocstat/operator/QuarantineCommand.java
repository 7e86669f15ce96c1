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

import org.vocstat.audit.AuditQueries;
import org.vocstat.audit.QuarantinedRow;

/**
 * {@code vocstat quarantine RUN}: the rows a run's batch quarantined, masked, with every
 * rule each one broke.
 */
@Command(name = "quarantine", mixinStandardHelpOptions = true,
		description = { "Lists the quarantined rows of a run's batch (masked) with file, line and reasons." })
class QuarantineCommand implements Callable<Integer> {

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "RUN", description = "A run (job execution) id, as vocstat status lists them.")
	private long run;

	@Option(names = "--format", description = "table, csv or json (default ${DEFAULT-VALUE}).", defaultValue = "table")
	private OutputFormat format;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		try (Warehouse warehouse = Warehouse.open(root)) {
			AuditQueries audit = warehouse.get(AuditQueries.class);
			long batch = audit.batchOf(run)
				.orElseThrow(() -> new ConfigurationProblem(Messages.text("run.no-batch",
						"run {0} registered no batch (see vocstat status)", Long.toString(run)), null));
			List<QuarantinedRow> rows = audit.quarantine(batch);
			new RecordPrinter(out).print(rows, QuarantinedRow.class, format);
			if (format == OutputFormat.table) {
				out.println();
				TerminalWidth.println(out, Messages.text("quarantine.summary", "{0} quarantined rows in batch {1}",
						String.format("%,d", rows.size()), Long.toString(batch)));
			}
			return 0;
		}
	}

}
