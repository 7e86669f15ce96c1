/**
 * Ingest: reading the three systems' export files, validating every row, and writing
 * accepted rows to staging and rejected ones to quarantine with their lineage key; the
 * sub-packages (a file contract per system, the shared reader and COPY writers in
 * {@code internal}) are internal. Uses {@code validation}, {@code person},
 * {@code reference}, {@code delivery}, {@code audit}, {@code faults} and
 * {@code database}.
 */
@ApplicationModule(
		allowedDependencies = { "validation", "person", "reference", "delivery", "audit", "faults", "database" })
package org.vocstat.ingest;

import org.springframework.modulith.ApplicationModule;
