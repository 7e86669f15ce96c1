package org.vocstat.operator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.console.ConsoleRole;
import org.vocstat.console.ConsoleUsers;

/** {@code vocstat users}: the web console's users. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manages the web console's users.",
		subcommands = UsersCommand.Add.class)
class UsersCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: add");
	}

	/**
	 * {@code vocstat users add NAME --role R}: adds a user (or sets an existing user's
	 * password and role).
	 */
	@Command(name = "add", mixinStandardHelpOptions = true,
			description = { "Adds a console user, or gives an existing one a new password and role.",
					"With --password-stdin the password is read from standard input (one line);",
					"otherwise one is generated and printed once. Only its hash is stored." })
	static class Add implements Callable<Integer> {

		@ParentCommand
		private UsersCommand users;

		@Spec
		private CommandSpec spec;

		@Parameters(paramLabel = "NAME", description = "The user name (letters, digits, '.', '_', '-').")
		private String name;

		@Option(names = "--role", required = true, paramLabel = "ROLE",
				description = "auditor (reads), statistician (also explains, accepts, publishes) or operator (also restarts, reruns, prunes).")
		private String role;

		@Option(names = "--password-stdin", description = "Read the password from standard input (one line).")
		private boolean passwordFromStdin;

		@Override
		public Integer call() {
			ConsoleRole parsed;
			try {
				parsed = ConsoleRole.of(role);
			}
			catch (IllegalArgumentException ex) {
				// The message says it all; the enum's own wording would only repeat it.
				throw new ConfigurationProblem(ex.getMessage(), null);
			}
			String password = passwordFromStdin ? readLine() : null;
			if (passwordFromStdin && (password == null || password.isEmpty())) {
				throw new ConfigurationProblem(Messages.format("users.no-stdin"), null);
			}
			boolean generated = password == null;
			String chosen = generated ? ConsoleUsers.generatePassword() : password;
			PrintWriter out = spec.commandLine().getOut();
			VocstatCommand root = (VocstatCommand) users.spec.parent().userObject();
			return Warehouse.run(root, warehouse -> {
				warehouse.get(ConsoleUsers.class).add(name, parsed, chosen);
				out.println(Messages.format(generated ? "users.saved-generated" : "users.saved", name,
						String.valueOf(parsed)));
				if (generated) {
					out.println("    " + chosen);
				}
				return 0;
			});
		}

		private static String readLine() {
			try {
				String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
				return line == null ? null : line.strip();
			}
			catch (IOException ex) {
				return null;
			}
		}

	}

}
