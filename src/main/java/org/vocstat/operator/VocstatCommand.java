package org.vocstat.operator;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code vocstat} command: the home directory option and the subcommands.
 */
@Command(name = "vocstat", mixinStandardHelpOptions = true, version = "vocstat 0.1",
		description = "Loads exports of China's vocational-education information systems into a traceable indicator warehouse.",
		subcommands = { LoadCommand.class, NightlyCommand.class, RunCommands.Restart.class, RunCommands.Recover.class,
				RunCommands.Rerun.class, ServeCommand.class, StatusCommand.class, QuarantineCommand.class,
				ReconcileCommand.class, IndicatorsCommand.class, TraceCommand.class, CheckPublishedCommand.class,
				ReportCommand.class, ReviewCommand.class, PublishCommand.class, EditionsCommand.class,
				BatchesCommand.class, PruneCommand.class, AuditCommand.class, ReaderPasswordCommand.class,
				VerifyRowCommand.class, ConsoleCommand.class, UsersCommand.class },
		footer = { "", "Exit codes: 0 success, 1 job failed (run the same command again to restart it),",
				"            2 usage or configuration error, 3 batch refused (nothing loaded),",
				"            an error finding explained or accepted (nothing changed)",
				"            or publish refused by open review findings,",
				"            4 another load is running (nothing done).",
				"Database: an embedded PostgreSQL in <home>/pgdata unless --spring.datasource.url=… is given." })
class VocstatCommand implements Runnable, ToolContext {

	@Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
			description = "State directory: embedded database, hash key, logs (env VOCSTAT_HOME, default ./.vocstat).")
	private Path home;

	private static final String HOME_ARGUMENT = "--vocstat.home=";

	private final Class<?> application;

	/**
	 * Whether the command only reads the warehouse (set once the command line is parsed).
	 */
	private boolean readOnly;

	private final List<String> springArgs;

	VocstatCommand(Class<?> application, List<String> springArgs) {
		this.application = application;
		this.springArgs = springArgs;
	}

	/** The Spring application that commands needing the database start. */
	Class<?> application() {
		return application;
	}

	/**
	 * --home, else a {@code --vocstat.home=} argument, else VOCSTAT_HOME, else
	 * {@code ./.vocstat}.
	 */
	Path home() {
		if (home != null) {
			return home;
		}
		for (String arg : springArgs) {
			if (arg.startsWith(HOME_ARGUMENT)) {
				return Path.of(arg.substring(HOME_ARGUMENT.length()));
			}
		}
		String fromEnvironment = System.getenv("VOCSTAT_HOME");
		return Path.of(fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : ".vocstat");
	}

	/**
	 * The arguments for Spring, without any home (the one {@link #home()} chose is passed
	 * separately).
	 */
	List<String> springArgs() {
		return springArgs.stream().filter(arg -> !arg.startsWith(HOME_ARGUMENT)).toList();
	}

	boolean readOnly() {
		return readOnly;
	}

	void readOnly(boolean readOnly) {
		this.readOnly = readOnly;
	}

	@Override
	public Warehouse openWarehouse() {
		return Warehouse.open(this);
	}

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
				"name a command (see vocstat --help)");
	}

}
