/**
 * Reconciliation of technical-school enrolment against the national registry: the unified school master, the person
 * ledger that puts every student and graduate record of sms and tss in exactly one class, and the counting rule
 * (a person counts once; in school when either system holds an open record at the statistics date). All set-based
 * SQL. Uses {@code audit}; used by {@code pipeline} and the indicator stage.
 */
package org.vocstat.reconciliation;
