package org.vocstat.operator;

/**
 * What the {@code vocstat} command line offers a {@link ToolCommand}: the running
 * application, started with the command line's home and Spring arguments as for its own
 * commands.
 */
public interface ToolContext {

	/**
	 * Starts the application (the database, Flyway's migrations); closing the warehouse
	 * stops it.
	 */
	Warehouse openWarehouse();

}
