package org.vocstat.operator;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.database.ReaderPassword;

/**
 * {@code vocstat reader-password}: a new password for the read-only role, printed once
 * and stored nowhere.
 */
@Command(name = "reader-password", mixinStandardHelpOptions = true, description = {
		"Sets a new random password for the read-only role vocstat_reader (auditors, BI tools) and",
		"prints it once; it is stored nowhere, so run this again if it is lost. The old password stops working." })
class ReaderPasswordCommand implements Callable<Integer> {

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		return Warehouse.run(root, warehouse -> {
			String password = warehouse.get(ReaderPassword.class).renew();
			out.println("user " + ReaderPassword.READER + ", database postgres, password " + password);
			out.println(Messages.format("reader-password.once"));
			return 0;
		});
	}

}
