package org.vocstat.operator;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.vocstat.delivery.Reason;

/**
 * Turns an exception into the one line an operator needs; the full trace goes to the log
 * file.
 */
final class Problems {

	private static final Logger log = LoggerFactory.getLogger(Problems.class);

	private Problems() {
	}

	/**
	 * What went wrong starting the application: the first cause that is not Spring's own
	 * bean-wiring wrapper (a bad catalogue file, an unreachable database), with its
	 * cause; a bad setting names its key ({@link SettingProblem}).
	 */
	static String describeStartup(Throwable ex) {
		Optional<String> setting = SettingProblem.describe(ex);
		if (setting.isPresent()) {
			return setting.get();
		}
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getClass().getName().startsWith("org.springframework.")) {
			cause = cause.getCause();
		}
		return describe(cause).lines().findFirst().orElse("").strip();
	}

	static String describe(Throwable ex) {
		log.debug("command failed", ex);
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
		// A cause that says a reason was said by the command in the reader's language
		// already; its English would only repeat it.
		boolean said = root instanceof Reason.Said sayer && sayer.reason() != null;
		if (root != ex && !said && root.getMessage() != null && !message.contains(root.getMessage())) {
			message += " (" + root.getMessage() + ")";
		}
		return message;
	}

}
