package org.vocstat.reconciliation;

/**
 * What the counting rule gives for a batch: persons in school, new entrants and
 * graduates, each counted once.
 */
public record CountedPersons(long inSchool, long newEntrants, long graduates) {
}
