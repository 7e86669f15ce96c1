package org.vocstat.operator;

import java.io.PrintWriter;

import org.vocstat.pipeline.LoadOutcome;

/** The one line that ends every job command: verdict word, run id and what happened. */
final class OutcomePrinter {

	private OutcomePrinter() {
	}

	static String line(LoadOutcome outcome) {
		String run = outcome.jobExecutionId() == null ? "" : " [run " + outcome.jobExecutionId() + "]";
		String word = switch (outcome.exitCode()) {
			case SUCCESS -> "OK";
			case REFUSED -> "REFUSED";
			case BUSY -> "BUSY";
			case USAGE -> "NOT DONE";
			case FAILED_RESTARTABLE -> "FAILED";
		};
		return word + run + ": " + verdict(outcome);
	}

	/**
	 * The verdict in the terminal's language when the outcome has a key the bundle knows,
	 * else as the load said it.
	 */
	static String verdict(LoadOutcome outcome) {
		return outcome.key() == null ? outcome.verdict()
				: Messages.textOr(outcome.key(), outcome.verdict(), outcome.arguments().toArray());
	}

	static int print(PrintWriter out, LoadOutcome outcome) {
		out.println(line(outcome));
		return outcome.exitCode().code();
	}

}
