package org.vocstat.validation;

/**
 * One rule broken by one field (or by the row as a whole when {@code column} is empty),
 * with a message that never contains a raw ID number or name.
 */
public record Finding(Rule rule, String column, String message) {

	/**
	 * {@code column: message [RULE]}, or {@code message [RULE]} for a row-level finding.
	 */
	public String render() {
		return (column.isEmpty() ? "" : column + ": ") + message + " [" + rule.name() + "]";
	}

}
