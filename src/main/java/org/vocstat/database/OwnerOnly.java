package org.vocstat.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Directories only their owner may enter: the home (hash key, database, binaries) and its
 * password directory.
 */
final class OwnerOnly {

	private OwnerOnly() {
	}

	/** Creates {@code directory} if needed and makes it {@code rwx------}. */
	static void directory(Path directory) throws IOException {
		Files.createDirectories(directory);
		Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
	}

}
