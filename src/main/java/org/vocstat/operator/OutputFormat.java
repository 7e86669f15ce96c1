package org.vocstat.operator;

/**
 * How a command prints its rows: a table that fits the terminal, or CSV / JSON for
 * scripts.
 */
public enum OutputFormat {

	table, csv, json

}
