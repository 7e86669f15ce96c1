package org.vocstat.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Sends a buffer of COPY-encoded rows to a table over the connection of the current
 * transaction, so the rows commit together with the reader's position in the step's
 * execution context.
 */
final class CopyWriter {

	private final DataSource dataSource;

	CopyWriter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	long copy(String table, List<String> columns, byte[] rows) {
		if (rows.length == 0) {
			return 0;
		}
		String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new ByteArrayInputStream(rows));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY into " + table + " failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
