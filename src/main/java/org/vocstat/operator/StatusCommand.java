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
import org.vocstat.audit.RunSummary;
import org.vocstat.audit.StepLine;

/** {@code vocstat status [RUN]}: recent runs, or the audited steps of one run. */
@Command(name = "status", mixinStandardHelpOptions = true,
		description = { "Lists recent runs; with RUN, that run's steps with rows read/loaded/quarantined/warned." })
class StatusCommand implements Callable<Integer> {

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "RUN", arity = "0..1", description = "A run (job execution) id.")
	private Long run;

	@Option(names = "--limit", defaultValue = "20", description = "How many runs to list (default ${DEFAULT-VALUE}).")
	private int limit;

	@Option(names = "--format", description = "table, csv or json (default ${DEFAULT-VALUE}).", defaultValue = "table")
	private OutputFormat format;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		try (Warehouse warehouse = Warehouse.open(root)) {
			AuditQueries audit = warehouse.get(AuditQueries.class);
			RecordPrinter printer = new RecordPrinter(out);
			if (run == null) {
				List<RunSummary> runs = audit.runs(limit);
				printer.print(runs, RunSummary.class, format);
				return 0;
			}
			if (audit.run(run).isEmpty()) {
				throw new ConfigurationProblem("there is no run " + run + " (see vocstat status)", null);
			}
			printer.print(audit.steps(run), StepLine.class, format);
			return 0;
		}
	}

}
