package org.vocstat.operator;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.audit.AuditQueries;
import org.vocstat.audit.RunCondition;
import org.vocstat.audit.RunSummary;
import org.vocstat.audit.StepLine;
import org.vocstat.pipeline.LoadLock;

/**
 * {@code vocstat status [RUN]}: recent runs, or the audited steps of one run; for a run
 * not finished, the steps in progress and whether a process still runs it or it was
 * killed.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
		description = { "Lists recent runs; with RUN, that run's steps with rows read/loaded/quarantined/warned." })
class StatusCommand implements Callable<Integer> {

	private static final Set<String> UNFINISHED = Set.of("STARTING", "STARTED", "STOPPING");

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
				printer.print(states(audit.runs(limit)), RunState.class, format);
				return 0;
			}
			RunSummary summary = audit.run(run)
				.orElseThrow(() -> new ConfigurationProblem(
						Messages.text("run.missing", "there is no run {0} (see vocstat status)", Long.toString(run)),
						null));
			if (format == OutputFormat.table) {
				printer.print(states(List.of(summary)), RunState.class, format);
				out.println();
			}
			List<StepLine> inProgress = audit.stepsInProgress(run);
			List<StepLine> steps = new ArrayList<>(audit.steps(run));
			steps.addAll(inProgress);
			boolean refused = summary.condition() == RunCondition.REFUSED;
			printer.print(steps.stream().map(step -> shown(step, refused)).toList(), StepLine.class, format);
			if (UNFINISHED.contains(summary.status())) {
				String verdict = unfinished(summary, inProgress, warehouse.get(LoadLock.class).holder());
				if (format == OutputFormat.table) {
					out.println();
					TerminalWidth.println(out, verdict);
				}
				else {
					spec.commandLine().getErr().println(verdict);
				}
			}
			return 0;
		}
	}

	/**
	 * A step as the operator reads it: the step that refused a batch is REFUSED, not a
	 * FAILED one to restart; in a table, in the reader's language.
	 */
	private StepLine shown(StepLine step, boolean refused) {
		String status = refused && "FAILED".equals(step.status()) ? RunState.REFUSED : step.status();
		return new StepLine(step.run(), step.step(), step.file(), step.sha256(), step.read(), step.loaded(),
				step.quarantined(), step.blank(), step.warned(), step.seconds(),
				format == OutputFormat.table && status != null ? Messages.status(status) : status, step.message());
	}

	private List<RunState> states(List<RunSummary> runs) {
		return runs.stream()
			.map(RunState::of)
			.map(state -> format == OutputFormat.table ? state.translated() : state)
			.toList();
	}

	/**
	 * What an unfinished run is: with no process holding the load lock, nothing can be
	 * running it, so its process was killed in the steps named; a holder may be this
	 * run's process or another load's.
	 */
	private static String unfinished(RunSummary summary, List<StepLine> inProgress, Optional<String> holder) {
		String steps = inProgress.isEmpty() ? Messages.format("run.between-steps")
				: Messages.format("run.in-steps", String.join(", ", inProgress.stream().map(StepLine::step).toList()));
		String run = Long.toString(summary.run());
		if (holder.isEmpty()) {
			return Messages.format("run.killed", run, String.valueOf(summary.status()), steps);
		}
		return Messages.format("run.held", run, String.valueOf(summary.status()), steps, holder.get());
	}

}
