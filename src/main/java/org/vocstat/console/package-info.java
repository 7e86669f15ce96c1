/**
 * The web console ({@code vocstat console}, {@code vocstat serve}): the report, a
 * figure's trace and source rows, review findings, runs and quarantine, batches and
 * editions, for auditors, statisticians and operators signed in with a role; the report
 * as one HTML document; and the console's users. Uses {@code indicator}, {@code delivery}
 * (a batch's files and date), {@code audit}, {@code pipeline} (an operator's restart and
 * rerun), {@code review} (the findings, their explanations and acceptances),
 * {@code publication} (editions, publishing, batches and pruning) and {@code trail} (who
 * asked for them); its web beans exist only when the application runs as a web server.
 */
@ApplicationModule(
		allowedDependencies = { "indicator", "audit", "pipeline", "delivery", "trail", "review", "publication" })
package org.vocstat.console;

import org.springframework.modulith.ApplicationModule;
