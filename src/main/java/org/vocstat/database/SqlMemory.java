package org.vocstat.database;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Working memory for the set-based steps. PostgreSQL's default {@code work_mem} (4 MB) sends every sort and hash of
 * a million-row reconciliation or measure to disk; the steps raise it for their own transaction only, so the
 * server's setting (and every other session) is untouched. {@code vocstat.sql.work-mem} sets the amount; a sort or
 * hash may use it several times over in one statement.
 */
@Component
public class SqlMemory {

	private final JdbcClient jdbc;

	private final String workMem;

	SqlMemory(JdbcClient jdbc, @Value("${vocstat.sql.work-mem:256MB}") String workMem) {
		this.jdbc = jdbc;
		this.workMem = workMem;
	}

	/** Raises {@code work_mem} until the current transaction ends; must be called inside one. */
	public void raiseForTransaction() {
		jdbc.sql("SELECT set_config('work_mem', :amount, true)").param("amount", workMem).query(String.class).single();
	}

}
