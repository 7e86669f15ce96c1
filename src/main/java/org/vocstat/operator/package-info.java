/**
 * The {@code vocstat} command line: subcommands, options, exit codes and output as
 * tables, CSV or JSON, starting the Spring application only for commands that need the
 * database. Uses {@code pipeline}, {@code indicator}, {@code reconciliation},
 * {@code audit}, {@code delivery}, {@code database}, {@code publication} and
 * {@code trail}; only the tools use it ({@link org.vocstat.operator.ToolCommand}).
 */
@ApplicationModule(allowedDependencies = { "pipeline", "indicator", "reconciliation", "audit", "delivery", "database",
		"publication", "trail" })
package org.vocstat.operator;

import org.springframework.modulith.ApplicationModule;
