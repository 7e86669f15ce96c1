package org.vocstat.operator;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.delivery.BatchRefusedException;
import org.vocstat.ingest.WorkbookRow;
import org.vocstat.pipeline.ExitCode;

/**
 * {@code vocstat verify-row FILE --row N [--sheet S]}: prints a workbook row's canonical
 * rendering and its SHA-256, so that an auditor holding the archived workbook can check a
 * traced row's line SHA-256 (no database needed). The rendering is the auditor's own
 * file's content and goes to the terminal only, never to the log.
 */
@Command(name = "verify-row", mixinStandardHelpOptions = true,
		description = { "Prints a workbook row's canonical rendering (its cells as one CSV record) and its SHA-256,",
				"the line SHA-256 that trace and quarantine show for it." })
class VerifyRowCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", description = "The .xlsx or .xls file.")
	private Path file;

	@Option(names = "--row", required = true, description = "The sheet row number (as trace and quarantine show it).")
	private long row;

	@Option(names = "--sheet", description = "The sheet (default: the first).")
	private String sheet;

	@Override
	public Integer call() {
		if (!Files.isRegularFile(file)) {
			throw new ConfigurationProblem(file + " is not a file", null);
		}
		Optional<WorkbookRow> found;
		try {
			found = WorkbookRow.read(file, sheet, row);
		}
		catch (BatchRefusedException ex) {
			// no batch here: the workbook's problem without "nothing of this batch is
			// loaded"
			throw new ConfigurationProblem("refused.workbook".equals(ex.key())
					? Messages.format("workbook.problem", ex.arguments()) : Messages.say(ex), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		if (found.isEmpty()) {
			throw new ConfigurationProblem(
					Messages.format("verify-row.no-record", Long.toString(row), file.getFileName()), null);
		}
		PrintWriter out = spec.commandLine().getOut();
		out.println(found.get().rendering());
		out.println("sha256 " + found.get().sha256());
		return ExitCode.SUCCESS.code();
	}

}
