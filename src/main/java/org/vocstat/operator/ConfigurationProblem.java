package org.vocstat.operator;

/**
 * The command cannot run as configured (database unreachable, home not writable, bad
 * option value): exit 2.
 */
public class ConfigurationProblem extends RuntimeException {

	public ConfigurationProblem(String message, Throwable cause) {
		super(message, cause);
	}

}
