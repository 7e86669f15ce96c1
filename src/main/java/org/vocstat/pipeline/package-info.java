/**
 * The jobs and their running: the load and recompute jobs as tables of contents of their
 * steps, whose tasklets call the modules that do the work, and a batch's load, nightly
 * run, restart, recovery, rerun and exit code. Uses {@code ingest},
 * {@code reconciliation}, {@code indicator}, {@code warehouse}, {@code reference},
 * {@code delivery}, {@code audit}, {@code faults}, {@code review} and {@code trail} (each
 * load, restart, recovery and rerun is recorded in the audit trail).
 */
@ApplicationModule(allowedDependencies = { "ingest", "reconciliation", "indicator", "warehouse", "reference",
		"delivery", "audit", "faults", "review", "trail" })
package org.vocstat.pipeline;

import org.springframework.modulith.ApplicationModule;
