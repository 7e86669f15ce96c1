package org.vocstat.operator;

/** How a command prints its rows: a table that fits the terminal, or CSV / JSON for scripts. */
enum OutputFormat {
	table, csv, json
}
