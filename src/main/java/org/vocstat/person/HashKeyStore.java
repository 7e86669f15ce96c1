package org.vocstat.person;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where the identity-hash key comes from: the environment variable
 * {@code VOCSTAT_HASH_KEY} (64 hex characters) when set, else a key file under the
 * vocstat home, created with owner-only permissions on first run. Losing the key means
 * new loads can no longer be matched to old ones, so the key file belongs in backups.
 */
public final class HashKeyStore {

	public static final String ENVIRONMENT_VARIABLE = "VOCSTAT_HASH_KEY";

	private HashKeyStore() {
	}

	/**
	 * Creates the file readable by its owner only from the start, so the key is never
	 * exposed, even briefly.
	 */
	private static void createOwnerOnly(Path keyFile) throws IOException {
		try {
			Files.createFile(keyFile,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the home directory's own permissions
			// must protect it.
			Files.createFile(keyFile);
		}
	}

	/**
	 * The key from {@code environmentValue} when not blank, else from (or newly into)
	 * {@code keyFile}.
	 */
	public static byte[] load(String environmentValue, Path keyFile) {
		if (environmentValue != null && !environmentValue.isBlank()) {
			return HexFormat.of().parseHex(environmentValue.strip());
		}
		try {
			if (Files.exists(keyFile)) {
				return HexFormat.of().parseHex(Files.readString(keyFile).strip());
			}
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			Files.createDirectories(keyFile.toAbsolutePath().getParent());
			createOwnerOnly(keyFile);
			Files.writeString(keyFile, HexFormat.of().formatHex(key) + "\n");
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create the identity hash key " + keyFile, ex);
		}
	}

}
