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
import org.vocstat.delivery.BatchRegistry;
import org.vocstat.indicator.Scope;
import org.vocstat.indicator.ScopeNames;
import org.vocstat.reconciliation.Conflict;
import org.vocstat.reconciliation.CountedPersons;
import org.vocstat.reconciliation.LedgerConservation;
import org.vocstat.reconciliation.LedgerLine;
import org.vocstat.reconciliation.LedgerQueries;

/**
 * {@code vocstat reconcile RUN}: the person ledger of a run's batch, for the region and
 * by school (the region's lines named from the 区划 reference), with the conservation line
 * per side and the persons counted; {@code --conflicts} lists what two registries
 * disagree on.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
		description = { "Shows how sms and tss student and graduate records were reconciled for a batch:",
				"records per class for the region (and --by-school), the conservation line per side, the persons",
				"counted once; --conflicts lists persons both registries hold with differing facts." })
class ReconcileCommand implements Callable<Integer> {

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "RUN", description = "A run id (see vocstat status), or with --batch a batch id.")
	private long id;

	@Option(names = "--batch", description = "The id is a batch id, not a run id.")
	private boolean batch;

	@Option(names = "--by-school", description = "Also one line per school.")
	private boolean bySchool;

	@Option(names = "--conflicts", description = "List the conflicts instead of the ledger.")
	private boolean conflicts;

	@Option(names = "--format", description = "table, csv or json (default ${DEFAULT-VALUE}).", defaultValue = "table")
	private OutputFormat format;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		try (Warehouse warehouse = Warehouse.open(root)) {
			long batchId = batch ? id
					: warehouse.get(AuditQueries.class)
						.batchOf(id)
						.orElseThrow(
								() -> new ConfigurationProblem(
										Messages.text("run.no-batch",
												"run {0} registered no batch (see vocstat status)", Long.toString(id)),
										null));
			LedgerQueries ledger = warehouse.get(LedgerQueries.class);
			RecordPrinter printer = new RecordPrinter(out);
			if (conflicts) {
				printer.print(ledger.conflicts(batchId), Conflict.class, format);
				return 0;
			}
			List<LedgerLine> lines = ledger.ledger(batchId, bySchool);
			if (lines.isEmpty()) {
				throw new ConfigurationProblem(Messages.text("reconcile.no-ledger",
						"batch {0} has no ledger (was it loaded?)", Long.toString(batchId)), null);
			}
			lines = withRegionNamed(lines, regionName(warehouse, batchId));
			printer.print(lines, LedgerLine.class, format);
			if (format == OutputFormat.table) {
				printConservation(out, warehouse.get(LedgerConservation.class).sides(batchId));
				CountedPersons counted = ledger.counted(batchId);
				out.println();
				TerminalWidth.println(out, Messages.text("reconcile.counted",
						"Counted once (either registry, open at the statistics date): {0} in school, {1} new entrants,"
								+ " {2} graduates",
						String.format("%,d", counted.inSchool()), String.format("%,d", counted.newEntrants()),
						String.format("%,d", counted.graduates())));
			}
			return 0;
		}
	}

	/**
	 * The batch's region as its region lines name it: {@code 嘉兴市 (region 330400)}, the
	 * name from the 区划 reference.
	 */
	private static String regionName(Warehouse warehouse, long batchId) {
		String region = warehouse.get(BatchRegistry.class).period(batchId).region();
		String name = warehouse.get(ScopeNames.class).of(batchId).name(Scope.ofRegion(region));
		return (name.equals(region) ? "" : name + " ") + "(region " + region + ")";
	}

	/** The region lines (school {@code *}) with the region's name in place of a label. */
	private static List<LedgerLine> withRegionNamed(List<LedgerLine> lines, String name) {
		return lines.stream()
			.map(l -> !"*".equals(l.school()) ? l
					: new LedgerLine(l.population(), l.system(), l.school(), name, l.matched(), l.conflict(),
							l.tssOnly(), l.smsOnlyTech(), l.smsOnly(), l.duplicate(), l.unmatchable(), l.total()))
			.toList();
	}

	private static void printConservation(PrintWriter out, List<LedgerConservation.LedgerSide> sides) {
		out.println();
		for (LedgerConservation.LedgerSide side : sides) {
			TerminalWidth.println(out,
					String.format("%-9s %s: %,d records staged = %,d in the ledger %s", side.population(),
							side.system(), side.staged(), side.ledger(),
							side.staged() == side.ledger() ? "✓" : "✗ DOES NOT ADD UP"));
		}
	}

}
