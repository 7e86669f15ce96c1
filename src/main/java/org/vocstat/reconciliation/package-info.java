/**
 * Reconciliation of technical-school enrolment against the national registry in set-based
 * SQL: the unified school master, the person ledger that puts every sms and tss student
 * and graduate record in exactly one class, and the counting rule (a person counts once).
 * Uses {@code audit} and {@code database}.
 */
@ApplicationModule(allowedDependencies = { "audit", "database" })
package org.vocstat.reconciliation;

import org.springframework.modulith.ApplicationModule;
