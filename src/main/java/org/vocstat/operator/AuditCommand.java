package org.vocstat.operator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.publication.Verification;
import org.vocstat.trail.AuditEntry;
import org.vocstat.trail.AuditTrail;

/**
 * {@code vocstat audit}: the audit trail's entries; {@code vocstat audit verify}
 * recomputes its chain and every edition's digests.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.Verify.class,
		description = { "Lists the audit trail: every load, restart, rerun, recovery, publication, override and prune,",
				"who did it and when, with its place in the hash chain. 'audit verify' checks the chain." })
class AuditCommand implements Callable<Integer> {

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Option(names = "--since", paramLabel = "DATE|INSTANT",
			description = "Only entries from this day (2026-12-01) or instant (2026-12-01T08:00:00Z) on.")
	private String since;

	@Option(names = "--format", description = "table, csv or json (default ${DEFAULT-VALUE}).", defaultValue = "table")
	private OutputFormat format;

	@Override
	public Integer call() {
		Instant from = since == null ? null : parse(since);
		return Warehouse.run(root, warehouse -> {
			new RecordPrinter(spec.commandLine().getOut()).print(
					warehouse.get(AuditTrail.class).entries(from).stream().map(EntryLine::of).toList(), EntryLine.class,
					format);
			return 0;
		});
	}

	private static Instant parse(String text) {
		try {
			return text.contains("T") ? Instant.parse(text)
					: LocalDate.parse(text).atStartOfDay(ZoneId.systemDefault()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new ConfigurationProblem(
					"--since takes a day (2026-12-01) or an instant (2026-12-01T08:00:00Z), not '" + text + "'", ex);
		}
	}

	/** One entry as listed. */
	record EntryLine(long seq, String at, String action, String who, String objects, String detail, String hash) {

		static EntryLine of(AuditEntry entry) {
			return new EntryLine(entry.seq(), entry.at().toString(), entry.action(), entry.who(),
					String.join(" ", entry.objects()), entry.detail(), entry.hash().substring(0, 16));
		}

	}

	/**
	 * {@code vocstat audit verify}: exit 0 when everything verifies, 1 at the first
	 * failure.
	 */
	@Command(name = "verify", mixinStandardHelpOptions = true,
			description = { "Recomputes the audit chain and, for every edition, its content digest and the digest of",
					"each figure from the rows of its batch. Exit 0: \"verified N entries, M editions\";",
					"exit 1: the first entry, edition or figure that does not verify." })
	static class Verify implements Callable<Integer> {

		@ParentCommand
		private AuditCommand audit;

		@Spec
		private CommandSpec spec;

		@Override
		public Integer call() {
			return Warehouse.run(audit.root, warehouse -> {
				Verification.Result result = warehouse.get(Verification.class).verify();
				(result.verified() ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(result.line());
				return result.verified() ? 0 : 1;
			});
		}

	}

}
