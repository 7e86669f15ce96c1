package org.vocstat.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.stereotype.Component;

/**
 * Gives the read-only role {@code vocstat_reader} (auditors, BI tools) a new random
 * password. The password is never stored: the driver turns it into a SCRAM verifier
 * before it leaves this process, and the caller shows it once.
 */
@Component
public class ReaderPassword {

	/** The read-only role's name, here and in db/migration/afterMigrate.sql. */
	public static final String READER = "vocstat_reader";

	private final DataSource dataSource;

	ReaderPassword(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Sets and returns a new password; fails with the server's message if the role is
	 * missing or not ours to set.
	 */
	public String renew() {
		String password = PasswordFile.generate();
		try (Connection connection = dataSource.getConnection()) {
			connection.unwrap(PGConnection.class).alterUserPassword(READER, password.toCharArray(), "scram-sha-256");
			return password;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot set the password of " + READER + ": " + ex.getMessage(), ex);
		}
	}

}
