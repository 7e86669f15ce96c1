package org.vocstat.operator;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

import picocli.CommandLine;

import org.vocstat.pipeline.ExitCode;

/**
 * Runs one command line. Arguments of the form {@code --spring.*=…},
 * {@code --vocstat.*=…}, {@code --logging.*=…} and {@code --server.*=…} (the console's
 * address and port) go to Spring (e.g. {@code --spring.datasource.url=…} for an external
 * PostgreSQL); the rest to the subcommands. Errors reach the user as one clear message,
 * never as a stack trace (that goes to the log file).
 */
public final class VocstatCli {

	/** The commands that never write to the warehouse. */
	private static final Set<String> READ_ONLY = Set.of("status", "quarantine", "reconcile", "indicators", "trace",
			"check-published", "report");

	private VocstatCli() {
	}

	/**
	 * Runs {@code args} and returns the process exit code; commands that need the
	 * database start {@code application} (the {@code @SpringBootApplication} class,
	 * passed in so that the command line does not depend on it).
	 */
	public static int execute(Class<?> application, String[] args) {
		Messages.adoptTerminalLocale(System.getenv());
		Charset charset = Messages.terminalCharset(System.getenv());
		return execute(application, args, terminal(System.out, charset), terminal(System.err, charset));
	}

	/** Writes in the terminal's character set when it names one, else in the JVM's. */
	private static PrintWriter terminal(PrintStream stream, Charset charset) {
		return charset == null ? new PrintWriter(stream, true)
				: new PrintWriter(new OutputStreamWriter(stream, charset), true);
	}

	/**
	 * Runs {@code args} writing to {@code out} and {@code err}; for embedding and tests.
	 */
	public static int execute(Class<?> application, String[] args, PrintWriter out, PrintWriter err) {
		List<String> commandArgs = new ArrayList<>();
		List<String> springArgs = new ArrayList<>();
		for (String arg : args) {
			boolean spring = arg.startsWith("--spring.") || arg.startsWith("--vocstat.") || arg.startsWith("--logging.")
					|| arg.startsWith("--server.");
			(spring ? springArgs : commandArgs).add(arg);
		}
		VocstatCommand root = new VocstatCommand(application, springArgs);
		CommandLine commandLine = new CommandLine(root);
		// The tools' commands (generate, bench) are found at run time, so that nothing
		// here depends on the tools.
		ServiceLoader.load(ToolCommand.class, VocstatCli.class.getClassLoader()).forEach(commandLine::addSubcommand);
		// --help in the terminal's language: the Chinese bundle names every command and
		// option; the English one none, so the annotations' English stands
		commandLine.setResourceBundle(Messages.bundle());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionStrategy(parsed -> {
			root.readOnly(readOnly(parsed));
			return new CommandLine.RunLast().execute(parsed);
		});
		commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> {
			err.println("vocstat: " + Problems.describe(ex));
			return ex instanceof ConfigurationProblem ? ExitCode.USAGE.code() : ExitCode.FAILED_RESTARTABLE.code();
		});
		return commandLine.execute(commandArgs.toArray(String[]::new));
	}

	/**
	 * Whether the command only reads: it may then start a lighter application (see
	 * {@link Warehouse}).
	 */
	private static boolean readOnly(CommandLine.ParseResult parsed) {
		CommandLine.ParseResult last = parsed;
		while (last.hasSubcommand()) {
			last = last.subcommand();
		}
		return READ_ONLY.contains(last.commandSpec().name());
	}

}
