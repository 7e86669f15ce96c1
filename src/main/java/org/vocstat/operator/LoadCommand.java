package org.vocstat.operator;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.audit.AuditQueries;
import org.vocstat.audit.ReasonCount;
import org.vocstat.audit.StepLine;
import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;

/**
 * {@code vocstat load DIR}: loads one export batch and prints what became of every file.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
		description = { "Loads one export batch folder (sms/, tss/, qrp/ and optionally batch.json).",
				"Running it again after a failure resumes the same run; a batch loaded before is not loaded twice." })
class LoadCommand implements Callable<Integer> {

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "DIR", description = "The batch folder.")
	private Path folder;

	@Option(names = "--region", description = "Region code (required without batch.json).")
	private String region;

	@Option(names = "--academic-year", description = "Academic year AY (required without batch.json).")
	private Integer academicYear;

	@Option(names = "--snapshot-date", description = "Statistics date (default: batch.json's, else AY-10-31).")
	private LocalDate snapshotDate;

	@Option(names = "--format", description = "table, csv or json (default ${DEFAULT-VALUE}).", defaultValue = "table")
	private OutputFormat format;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		OptionValues.region(region);
		OptionValues.academicYear(academicYear, "--academic-year");
		try (Warehouse warehouse = Warehouse.open(root)) {
			LoadOutcome outcome = warehouse.get(BatchLoader.class).load(folder, region, academicYear, snapshotDate);
			AuditQueries audit = warehouse.get(AuditQueries.class);
			if (outcome.jobExecutionId() != null) {
				List<StepLine> steps = audit.steps(outcome.jobExecutionId());
				new RecordPrinter(out).print(steps.stream().filter(s -> s.file() != null).map(FileSummary::of).toList(),
						FileSummary.class, format);
			}
			if (format == OutputFormat.table) {
				if (outcome.batchId() != null && outcome.exitCode() == ExitCode.SUCCESS) {
					printTopReasons(out, audit.reasons(outcome.batchId()));
				}
				out.println();
				out.println(OutcomePrinter.line(outcome));
			}
			else {
				spec.commandLine().getErr().println(OutcomePrinter.line(outcome));
			}
			return outcome.exitCode().code();
		}
	}

	private static void printTopReasons(PrintWriter out, List<ReasonCount> reasons) {
		if (reasons.isEmpty()) {
			return;
		}
		out.println();
		TerminalWidth.println(out,
				Messages.text("load.top-reasons", "Top quarantine reasons (all rows: vocstat quarantine <run>):"));
		new RecordPrinter(out).print(reasons.stream().limit(10).toList(), ReasonCount.class, OutputFormat.table);
	}

	/** One line per file of the load summary. */
	record FileSummary(String file, Long read, Long loaded, Long quarantined, Long warned, String status,
			String conserved) {

		static FileSummary of(StepLine step) {
			return new FileSummary(step.file(), step.read(), step.loaded(), step.quarantined(), step.warned(),
					step.status(), step.conserved() ? "yes" : "NO");
		}

	}

}
