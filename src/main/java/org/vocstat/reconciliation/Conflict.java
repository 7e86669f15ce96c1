package org.vocstat.reconciliation;

/**
 * A person both registries hold with differing facts, for the school to correct: masked
 * identity, both sides' values, and what differs.
 */
public record Conflict(String population, String person, String differs, String smsSchool, String tssSchool,
		String smsValue, String tssValue, String smsSource, String tssSource) {
}
