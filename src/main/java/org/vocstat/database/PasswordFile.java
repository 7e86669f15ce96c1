package org.vocstat.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The password of vocstat's own database role, generated on the first start and kept in
 * {@code <home>/database/vocstat.password}, readable by the home's owner only.
 */
final class PasswordFile {

	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordFile() {
	}

	/**
	 * A new random password: 32 bytes, URL-safe Base64 (no quote or backslash to escape
	 * anywhere).
	 */
	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static Path of(Path home) {
		return home.resolve("database").resolve("vocstat.password");
	}

	/** The stored password, or empty when there is none yet. */
	static Optional<String> read(Path home) {
		Path file = of(home);
		try {
			return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	/**
	 * Writes a password to a file created owner-only (never readable by others, not even
	 * for a moment).
	 */
	static void write(Path home, String password) {
		Path file = of(home);
		try {
			OwnerOnly.directory(file.getParent());
			Path next = file.resolveSibling(file.getFileName() + ".new");
			Files.deleteIfExists(next);
			Files.createFile(next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(next, password + "\n", StandardOpenOption.WRITE);
			Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

}
