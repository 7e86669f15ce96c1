package org.vocstat.console;

import java.util.Arrays;
import java.util.List;

/**
 * What a console user may do: an auditor reads; a statistician also explains and accepts
 * review findings and publishes editions; an operator also restarts, reruns and prunes.
 * Each role holds the authorities of those before it.
 */
public enum ConsoleRole {

	auditor, statistician, operator;

	/** This role's authorities: its own and every lesser role's, as ROLE_ names. */
	List<String> authorities() {
		return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).map(r -> "ROLE_" + r.name()).toList();
	}

	/** The role named {@code name}, or a message naming the three. */
	public static ConsoleRole of(String name) {
		try {
			return valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("--role is auditor, statistician or operator, not " + name, ex);
		}
	}

}
