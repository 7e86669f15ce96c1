/**
 * Publication and retention: editions (a region's figures of an academic year frozen as
 * published, behind the review gate, never changed afterwards), the verification of the
 * audit chain and of every edition against its rows, and the pruning of batches nothing
 * needs any more. Uses {@code indicator} (figures, traces, digests), {@code delivery}
 * (the batch registry), {@code database} (a batch's partitions), {@code pipeline} (the
 * load lock), {@code trail} (the audit trail) and {@code audit} (the rows each batch
 * staged).
 */
@ApplicationModule(
		allowedDependencies = { "indicator", "delivery", "database", "pipeline", "trail", "review", "audit" })
package org.vocstat.publication;

import org.springframework.modulith.ApplicationModule;
