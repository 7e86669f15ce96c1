package org.vocstat.console;

import java.security.SecureRandom;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/**
 * The console's users ({@code console_user}): added by {@code vocstat users add}; on the
 * first start with none, an {@code admin} operator with a random password that is shown
 * once and stored only as a hash (as Jenkins does), so no default password ever exists.
 */
@Repository
public class ConsoleUsers {

	/**
	 * Letters and digits that cannot be mistaken for each other when read off a screen.
	 */
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** bcrypt by default; the stored {id} prefix lets a later default read old hashes. */
	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final JdbcClient jdbc;

	ConsoleUsers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds a user, or gives an existing one a new password and role; the password is
	 * stored only as its hash.
	 */
	public void add(String username, ConsoleRole role, String password) {
		if (!username.matches("[A-Za-z0-9._-]{1,64}")) {
			throw new IllegalArgumentException(
					"a user name is 1 to 64 letters, digits, '.', '_' or '-', not '" + username + "'");
		}
		if (password.length() < 8) {
			throw new IllegalArgumentException("a password has at least 8 characters");
		}
		jdbc.sql("""
				INSERT INTO console_user (username, password_hash, role) VALUES (:name, :hash, :role)
				ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role""")
			.param("name", username)
			.param("hash", encoder.encode(password))
			.param("role", role.name())
			.update();
	}

	/**
	 * With no user at all, creates {@code admin} as an operator and returns its password
	 * (to be shown once); else nothing. Two consoles starting at once create one admin.
	 */
	public Optional<String> createFirstAdmin() {
		String password = generatePassword();
		int created = jdbc.sql("""
				INSERT INTO console_user (username, password_hash, role)
				SELECT 'admin', :hash, 'operator' WHERE NOT EXISTS (SELECT 1 FROM console_user)
				ON CONFLICT DO NOTHING""").param("hash", encoder.encode(password)).update();
		return created == 1 ? Optional.of(password) : Optional.empty();
	}

	Optional<ConsoleUser> find(String username) {
		return jdbc.sql("SELECT username, password_hash, role FROM console_user WHERE username = :name")
			.param("name", username)
			.query((rs, n) -> new ConsoleUser(rs.getString(1), rs.getString(2), ConsoleRole.valueOf(rs.getString(3))))
			.optional();
	}

	PasswordEncoder encoder() {
		return encoder;
	}

	/** 20 characters of a 56-letter alphabet: about 116 bits. */
	public static String generatePassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
