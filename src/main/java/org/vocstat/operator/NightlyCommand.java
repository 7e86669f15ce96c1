package org.vocstat.operator;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.vocstat.pipeline.LoadBusyException;
import org.vocstat.pipeline.NightlyLoad;
import org.vocstat.pipeline.NightlyReport;
import org.vocstat.publication.PruneReport;
import org.vocstat.publication.Retention;
import org.vocstat.trail.AuditTrail;

/**
 * {@code vocstat nightly}: loads every complete batch waiting in the inbox and archives
 * it.
 */
@Command(name = "nightly", mixinStandardHelpOptions = true, description = {
		"Loads every complete batch in the inbox (its batch.json checks out), oldest first, and moves",
		"each loaded batch to the archive. Batches still being copied are left alone and reported.",
		"A batch whose files have not matched batch.json for vocstat.inbox.stale-after (default PT6H) is STALE.",
		"Exit: 0 all loaded, 1 a load failed (the next run resumes it), 3 a batch refused or stale,",
		"4 another load runs." })
class NightlyCommand implements Callable<Integer> {

	private static final Logger log = LoggerFactory.getLogger(NightlyCommand.class);

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Option(names = "--inbox", required = true, paramLabel = "DIR", description = "Folder of delivered batch folders.")
	private Path inbox;

	@Option(names = "--archive", required = true, paramLabel = "DIR", description = "Where loaded batches are moved.")
	private Path archive;

	@Option(names = "--format", description = "table, csv or json (default ${DEFAULT-VALUE}).", defaultValue = "table")
	private OutputFormat format;

	@Override
	public Integer call() {
		return Warehouse.run(root, warehouse -> {
			NightlyReport report = warehouse.get(NightlyLoad.class).run(inbox, archive);
			applyRetention(warehouse, report, spec.commandLine().getErr()::println);
			// outcome words and details in the reader's language in a table; CSV and JSON
			// keep the codes and the English, the same for every script
			new RecordPrinter(spec.commandLine().getOut()).print(report.lines()
				.stream()
				.map(line -> format != OutputFormat.table
						? new Folder(line.folder(), line.outcome(), line.run(), line.detail())
						: new Folder(line.folder(), Messages.status(line.outcome()), line.run(),
								Messages.say(line.said())))
				.toList(), Folder.class, format);
			spec.commandLine()
				.getErr()
				.println(Messages.text("nightly.summary", "nightly: {0} inbox folders, exit {1} ({2})",
						Integer.toString(report.lines().size()), Integer.toString(report.exitCode().code()),
						report.exitCode().name()));
			return report.exitCode().code();
		});
	}

	/** One inbox folder as printed: outcome, run and detail. */
	record Folder(String folder, String outcome, Long run, String detail) {
	}

	/**
	 * The retention policy after a night that loaded something: a load that just ran may
	 * have superseded a batch. A load started meanwhile only postpones it to the next
	 * night.
	 */
	static void applyRetention(Warehouse warehouse, NightlyReport report, Consumer<String> say) {
		if (report.lines().stream().noneMatch(line -> line.outcome().equals("LOADED"))) {
			return;
		}
		Retention retention = warehouse.get(Retention.class);
		try {
			PruneReport pruned = retention.prune(retention.defaultKeepLatest(), false, AuditTrail.osUser());
			log.info("nightly: retention keep-latest {}: {}", retention.defaultKeepLatest(),
					PruneCommand.summary(pruned, Locale.ROOT));
			say.accept(Messages.format("nightly.retention", PruneCommand.summary(pruned)));
		}
		catch (LoadBusyException ex) {
			log.info("nightly: retention postponed: {}", ex.getMessage());
		}
	}

}
