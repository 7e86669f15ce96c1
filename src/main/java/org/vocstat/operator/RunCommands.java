package org.vocstat.operator;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.pipeline.Recompute;
import org.vocstat.pipeline.RunRecovery;

/** The commands an operator uses on a run that did not finish: restart, recover, rerun. */
final class RunCommands {

	private RunCommands() {
	}

	@Command(name = "restart", mixinStandardHelpOptions = true,
			description = { "Resumes a failed (or crashed) run: completed steps are not redone, the failed step",
					"resumes from its last committed chunk. Refused if an input file changed since the run began." })
	static class Restart implements Callable<Integer> {

		@ParentCommand
		private VocstatCommand root;

		@Spec
		private CommandSpec spec;

		@Parameters(paramLabel = "RUN", description = "The run id (see vocstat status).")
		private long run;

		@Override
		public Integer call() {
			try (Warehouse warehouse = Warehouse.open(root)) {
				return OutcomePrinter.print(spec.commandLine().getOut(), warehouse.get(RunRecovery.class).restart(run));
			}
			catch (IllegalArgumentException ex) {
				throw new ConfigurationProblem(ex.getMessage(), ex);
			}
		}

	}

	@Command(name = "recover", mixinStandardHelpOptions = true,
			description = { "Marks a run that a killed process left 'running' as failed (Spring Batch recovery),",
					"without restarting it. vocstat restart recovers by itself; this is for looking before resuming." })
	static class Recover implements Callable<Integer> {

		@ParentCommand
		private VocstatCommand root;

		@Spec
		private CommandSpec spec;

		@Parameters(paramLabel = "RUN", description = "The run id (see vocstat status).")
		private long run;

		@Override
		public Integer call() {
			try (Warehouse warehouse = Warehouse.open(root)) {
				return OutcomePrinter.print(spec.commandLine().getOut(), warehouse.get(RunRecovery.class).recover(run));
			}
			catch (IllegalArgumentException ex) {
				throw new ConfigurationProblem(ex.getMessage(), ex);
			}
		}

	}

	@Command(name = "rerun", mixinStandardHelpOptions = true,
			description = { "Recomputes a loaded batch from a later step without ingesting it again:",
					"--from reconcile (ledger and indicators) or --from indicators (after a catalogue fix)." })
	static class Rerun implements Callable<Integer> {

		@ParentCommand
		private VocstatCommand root;

		@Spec
		private CommandSpec spec;

		@Parameters(paramLabel = "RUN", description = "A run that loaded the batch (see vocstat status).")
		private long run;

		@Option(names = "--from", required = true, description = "reconcile or indicators.")
		private String from;

		@Override
		public Integer call() {
			try (Warehouse warehouse = Warehouse.open(root)) {
				return OutcomePrinter.print(spec.commandLine().getOut(), warehouse.get(Recompute.class).rerun(run, from));
			}
		}

	}

}
