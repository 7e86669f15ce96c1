package org.vocstat.database;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Working memory for the set-based work. PostgreSQL's default {@code work_mem} (4 MB)
 * sends every sort and hash of a million-row reconciliation or measure to disk, and its
 * default {@code maintenance_work_mem} (64 MB) makes the primary key of a national
 * partition, built when it is attached, a multi-pass sort (bench/performance.md). The
 * work raises both for its own transaction only, so the server's settings (and every
 * other session) are untouched. {@code vocstat.sql.work-mem} sets the amount; a sort or
 * hash may use it several times over in one statement.
 */
@Component
public class SqlMemory {

	private final JdbcClient jdbc;

	private final String workMem;

	public SqlMemory(JdbcClient jdbc, @Value("${vocstat.sql.work-mem:256MB}") String workMem) {
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
