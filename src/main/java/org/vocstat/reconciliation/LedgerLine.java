package org.vocstat.reconciliation;

/**
 * Ledger counts for one side (population and system) of a school, or of the whole region
 * when {@code school} is {@code *}: records in each class, and their total.
 */
public record LedgerLine(String population, String system, String school, String name, long matched, long conflict,
		long tssOnly, long smsOnlyTech, long smsOnly, long duplicate, long unmatchable, long total) {
}
