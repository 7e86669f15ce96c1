package org.vocstat.operator;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadBusyException;
import org.vocstat.publication.PruneReport;
import org.vocstat.publication.Retention;
import org.vocstat.trail.AuditTrail;

/**
 * {@code vocstat prune}: drops the staged rows, ledger and figures of batches nothing
 * needs any more.
 */
@Command(name = "prune", mixinStandardHelpOptions = true,
		description = { "Drops the staged rows, ledger and figures of batches that are neither current, nor among",
				"the latest N of their region and year, nor in an edition; keeps their registry entry, files and",
				"SHA-256s, step audit and review findings. Exit 4 (nothing done) while a load runs." })
class PruneCommand implements Callable<Integer> {

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Option(names = "--keep-latest", paramLabel = "N",
			description = "Batches kept per region and year (default: vocstat.retention.keep-latest, 3).")
	private Integer keepLatest;

	@Option(names = "--dry-run", description = "List what would be pruned; drop nothing.")
	private boolean dryRun;

	@Option(names = "--by", description = "Who prunes (default: the OS user).")
	private String by;

	@Option(names = "--format", description = "table, csv or json (default ${DEFAULT-VALUE}).", defaultValue = "table")
	private OutputFormat format;

	@Override
	public Integer call() {
		if (keepLatest != null && keepLatest < 0) {
			throw new ConfigurationProblem(Messages.format("prune.bad-keep", keepLatest.toString()), null);
		}
		PrintWriter out = spec.commandLine().getOut();
		return Warehouse.run(root, warehouse -> {
			Retention retention = warehouse.get(Retention.class);
			PruneReport report;
			try {
				report = retention.prune(keepLatest != null ? keepLatest : retention.defaultKeepLatest(), dryRun,
						by != null && !by.isBlank() ? by : AuditTrail.osUser());
			}
			catch (LoadBusyException ex) {
				spec.commandLine().getErr().println(Messages.format("prune.busy", Messages.say(ex)));
				return ExitCode.BUSY.code();
			}
			// why in the reader's language in a table; CSV and JSON keep the English
			new RecordPrinter(out).print(
					format == OutputFormat.table ? report.said(Messages::say).lines() : report.lines(),
					PruneReport.Line.class, format);
			spec.commandLine().getErr().println(summary(report));
			return 0;
		});
	}

	static String summary(PruneReport report) {
		return summary(report, Locale.getDefault());
	}

	/** What a prune freed, in {@code locale} ({@link Locale#ROOT} for the log). */
	static String summary(PruneReport report, Locale locale) {
		if (report.lines().isEmpty()) {
			return Messages.format(locale, "prune.nothing");
		}
		return Messages.format(locale, report.dryRun() ? "prune.would-free" : "prune.freed",
				Retention.size(report.bytesFreed()), report.lines().size());
	}

}
