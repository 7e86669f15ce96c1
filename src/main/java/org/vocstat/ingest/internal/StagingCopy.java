package org.vocstat.ingest.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A binary COPY into a staging table that stays open for a whole chunk, on the connection
 * of the chunk's transaction: rows are sent as they are encoded (by
 * {@link BinaryCopyEncoder}), so PostgreSQL inserts one part of the chunk while Java
 * reads and validates the next (on two cores, the difference between taking turns and
 * working side by side).
 */
final class StagingCopy implements AutoCloseable {

	private final DataSource dataSource;

	private final Connection connection;

	private final PGCopyOutputStream out;

	private boolean finished;

	StagingCopy(DataSource dataSource, String table, List<String> columns) {
		this.dataSource = dataSource;
		this.connection = DataSourceUtils.getConnection(dataSource);
		PGCopyOutputStream started = null;
		try {
			started = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
					"COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT binary)", 1 << 16);
			started.write(BinaryCopyEncoder.HEADER);
		}
		catch (SQLException | IOException ex) {
			cancel(started);
			DataSourceUtils.releaseConnection(connection, dataSource);
			throw new IllegalStateException("COPY into " + table + " failed to start: " + ex.getMessage(), ex);
		}
		this.out = started;
	}

	void write(byte[] rows) {
		try {
			out.write(rows);
		}
		catch (IOException ex) {
			throw new IllegalStateException("COPY into staging failed: " + ex.getMessage(), ex);
		}
	}

	/** Ends the COPY: its rows are now part of the chunk's transaction. */
	void finish() {
		try {
			out.write(BinaryCopyEncoder.TRAILER);
			out.endCopy();
			finished = true;
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY into staging failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Cancels a COPY that did not finish, so the connection can roll the chunk back;
	 * always releases it.
	 */
	@Override
	public void close() {
		try {
			if (!finished) {
				cancel(out);
			}
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void cancel(PGCopyOutputStream copy) {
		try {
			if (copy != null && copy.isActive()) {
				copy.cancelCopy();
			}
		}
		catch (SQLException ex) {
			// The transaction is rolling back anyway; the connection reports its state
			// when it is next used.
		}
	}

}
