package org.vocstat.operator;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.vocstat.VocstatApplication;
import org.vocstat.support.TestPaths;

/** One vocstat command line run in this JVM, with what it printed and its exit code. */
record CliRun(int code, String out, String err) {

	/** Runs {@code args} against the test database. */
	static CliRun withDatabase(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of(TestPaths.springArgs()));
		return of(all.toArray(String[]::new));
	}

	/** Runs {@code args} as given. */
	static CliRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = VocstatCli.execute(VocstatApplication.class, args, new PrintWriter(out, true),
				new PrintWriter(err, true));
		return new CliRun(code, out.toString(), err.toString());
	}

	/** The run id of a load's last line ({@code OK [run 7]: …}). */
	String runId() {
		return out.replaceAll("(?s).*\\[run (\\d+)\\].*", "$1");
	}

}
