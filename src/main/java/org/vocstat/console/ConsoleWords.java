package org.vocstat.console;

import java.util.Locale;

import org.vocstat.delivery.Reason;

/**
 * What the modules say, as the console says it: in Chinese, the console's language, from
 * the same message bundle the command line reads ({@code messages_zh.properties}); a
 * message with no key stays as it was said.
 */
final class ConsoleWords {

	static final Locale CONSOLE = Locale.SIMPLIFIED_CHINESE;

	private ConsoleWords() {
	}

	static String say(Reason reason) {
		return reason.in(CONSOLE);
	}

	static String say(Throwable ex) {
		return ex instanceof Reason.Said said && said.reason() != null ? say(said.reason()) : ex.getMessage();
	}

}
