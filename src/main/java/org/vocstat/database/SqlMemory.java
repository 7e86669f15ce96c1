package org.vocstat.database;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Working memory for the set-based work. PostgreSQL's default {@code work_mem} (4 MB)
 * sends every sort and hash of a million-row reconciliation or measure to disk, and its
 * default {@code maintenance_work_mem} (64 MB) makes the primary key of a national
 * partition, built when it is attached, a multi-pass sort (bench/performance.md). The
 * work raises both for its own transaction only, so the server's settings (and every
 * other session) are untouched. {@code vocstat.sql.work-mem} sets the amount; a sort or
 * hash may use it several times over in one statement.
 */
public class SqlMemory {

	private final JdbcClient jdbc;

	private final String workMem;

	/**
	 * @param workMem the amount, in PostgreSQL's units ({@code 256MB}); the bean's comes
	 * from {@link DatabaseProperties.Sql#workMem()}
	 */
	public SqlMemory(JdbcClient jdbc, String workMem) {
		this.jdbc = jdbc;
		this.workMem = workMem;
	}

	/**
	 * Raises {@code work_mem} and {@code maintenance_work_mem} until the current
	 * transaction ends; call inside one.
	 */
	public void raiseForTransaction() {
		jdbc.sql("SELECT set_config('work_mem', :amount, true), set_config('maintenance_work_mem', :amount, true)")
			.param("amount", workMem)
			.query()
			.singleRow();
	}

}
