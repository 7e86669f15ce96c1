package org.vocstat.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The pool of connections to the embedded server. Once the server has died under it,
 * asking for a connection fails at once with the cause (a full disk, say) instead of
 * waiting out the connection timeout to report "Connection refused".
 */
final class EmbeddedDataSource extends HikariDataSource {

	private volatile String death;

	/**
	 * The server is gone: connections in use fail on their next statement, idle ones are
	 * dropped.
	 */
	void serverDied(String cause) {
		death = cause;
		if (!isClosed()) {
			getHikariPoolMXBean().softEvictConnections();
		}
	}

	@Override
	public Connection getConnection() throws SQLException {
		String cause = death;
		if (cause != null) {
			throw new SQLTransientConnectionException(cause, "08006");
		}
		return super.getConnection();
	}

}
