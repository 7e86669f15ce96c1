package org.vocstat.operator;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.pipeline.Recompute;
import org.vocstat.pipeline.RunRecovery;

/**
 * The commands an operator uses on a run that did not finish: restart, recover, rerun.
 */
final class RunCommands {

	private RunCommands() {
	}

	/**
	 * A command acting on one run, printing the outcome line and exiting with its code.
	 */
	abstract static class OnRun implements Callable<Integer> {

		@ParentCommand
		private VocstatCommand root;

		@Spec
		private CommandSpec spec;

		@Parameters(paramLabel = "RUN", description = "The run id (see vocstat status).")
		long run;

		abstract LoadOutcome act(Warehouse warehouse);

		@Override
		public Integer call() {
			return Warehouse.run(root, warehouse -> OutcomePrinter.print(spec.commandLine().getOut(), act(warehouse)));
		}

	}

	@Command(name = "restart", mixinStandardHelpOptions = true,
			description = { "Resumes a failed (or crashed) run: completed steps are not redone, the failed step",
					"resumes from its last committed chunk. Refused if an input file changed since the run began." })
	static class Restart extends OnRun {

		@Override
		LoadOutcome act(Warehouse warehouse) {
			return warehouse.get(RunRecovery.class).restart(run);
		}

	}

	@Command(name = "recover", mixinStandardHelpOptions = true,
			description = { "Marks a run that a killed process left 'running' as failed (Spring Batch recovery),",
					"without restarting it. vocstat restart recovers by itself; this is for looking before resuming." })
	static class Recover extends OnRun {

		@Override
		LoadOutcome act(Warehouse warehouse) {
			return warehouse.get(RunRecovery.class).recover(run);
		}

	}

	@Command(name = "rerun", mixinStandardHelpOptions = true,
			description = { "Recomputes a loaded batch from a later step without ingesting it again:",
					"--from reconcile (ledger and indicators) or --from indicators (after a catalogue fix)." })
	static class Rerun extends OnRun {

		@Option(names = "--from", required = true, description = "reconcile or indicators.")
		private String from;

		@Override
		LoadOutcome act(Warehouse warehouse) {
			return warehouse.get(Recompute.class).rerun(run, from);
		}

	}

}
