package org.vocstat.audit;

/**
 * A quarantined row: where it was, what it looked like (masked), and every rule it broke.
 */
public record QuarantinedRow(String file, long line, String lineSha256, String rules, String message,
		String maskedRow) {
}
