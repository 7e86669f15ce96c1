package org.vocstat.operator;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.console.ConsoleUsers;

/**
 * {@code vocstat console}: serves the web console (without the nightly schedule of
 * {@code serve}) until stopped.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
		description = { "Serves the web console until stopped (Ctrl-C or SIGTERM): the report, figures and their",
				"source rows, runs and quarantine. Listens on 127.0.0.1:8080 unless --server.address=…",
				"or --server.port=… is given. On the first start with no users it creates the operator",
				"'admin' and prints its password once; add users with vocstat users add." })
class ConsoleCommand implements Callable<Integer> {

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws InterruptedException {
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
		try (Warehouse warehouse = Warehouse.open(root, true)) {
			announce(warehouse, spec.commandLine().getOut());
			stopped.await();
			return 0;
		}
	}

	/**
	 * Prints where the console listens and, on the first start with no users, the
	 * password of the {@code admin} it created: on the terminal only, never in the log.
	 */
	static void announce(Warehouse warehouse, PrintWriter out) {
		warehouse.get(ConsoleUsers.class).createFirstAdmin().ifPresent(password -> {
			out.println(Messages.format("console.first-admin"));
			out.println();
			out.println("    " + password);
			out.println();
			out.println(Messages.format("console.first-admin.once"));
		});
		String address = warehouse.property("server.address");
		out.println("vocstat console: http://" + (address == null ? "127.0.0.1" : address) + ":"
				+ warehouse.property("local.server.port") + "/");
		out.flush();
	}

}
