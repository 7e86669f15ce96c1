/**
 * The {@code vocstat} command line: subcommands, their options and exit codes, and output as terminal tables, CSV
 * or JSON. Starts the Spring application only for commands that need the database. Nothing depends on it.
 */
package org.vocstat.operator;
