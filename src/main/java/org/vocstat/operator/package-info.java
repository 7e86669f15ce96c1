/**
 * The {@code vocstat} command line: subcommands, options, exit codes and output as
 * tables, CSV or JSON, starting the Spring application only for commands that need the
 * database. Uses {@code pipeline}, {@code indicator}, {@code reconciliation},
 * {@code audit}, {@code delivery}, {@code database}, {@code review}, {@code publication},
 * {@code trail}, {@code ingest} (a workbook row's canonical rendering, for
 * {@code verify-row}) and {@code console} (its users, and the web server that
 * {@code console} and {@code serve} start); only the tools use it
 * ({@link org.vocstat.operator.ToolCommand}).
 */
@ApplicationModule(allowedDependencies = { "pipeline", "indicator", "reconciliation", "audit", "delivery", "database",
		"review", "ingest", "console", "publication", "trail" })
package org.vocstat.operator;

import org.springframework.modulith.ApplicationModule;
