package org.vocstat.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identity-hash key: from the environment when set, else from a key file created
 * once, with owner-only permissions, and read back unchanged on every later run.
 */
class HashKeyStoreTest {

	private static final String ENVIRONMENT_KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

	@TempDir
	Path home;

	@Test
	void createsA32ByteKeyFileOnFirstRun() throws Exception {
		Path keyFile = home.resolve("keys/identity.key");

		byte[] key = HashKeyStore.load(null, keyFile);

		assertThat(key).hasSize(32);
		assertThat(Files.readString(keyFile).strip()).isEqualTo(HexFormat.of().formatHex(key));
	}

	@Test
	void createsTheKeyFileReadableByItsOwnerOnly() throws Exception {
		assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
		Path keyFile = home.resolve("identity.key");

		HashKeyStore.load("", keyFile);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
	}

	@Test
	void reusesTheKeyFileOnLaterRuns() throws Exception {
		Path keyFile = home.resolve("identity.key");
		byte[] first = HashKeyStore.load(null, keyFile);
		String written = Files.readString(keyFile);

		byte[] second = HashKeyStore.load("  ", keyFile);

		assertThat(second).isEqualTo(first);
		assertThat(Files.readString(keyFile)).isEqualTo(written);
	}

	@Test
	void createsDifferentKeysForDifferentSites() {
		assertThat(HashKeyStore.load(null, home.resolve("a.key")))
			.isNotEqualTo(HashKeyStore.load(null, home.resolve("b.key")));
	}

	@Test
	void environmentValueTakesPrecedenceOverTheKeyFile() throws Exception {
		Path keyFile = home.resolve("identity.key");
		HashKeyStore.load(null, keyFile);

		byte[] key = HashKeyStore.load(" " + ENVIRONMENT_KEY + "\n", keyFile);

		assertThat(key).isEqualTo(HexFormat.of().parseHex(ENVIRONMENT_KEY));
	}

	@Test
	void environmentValueCreatesNoKeyFile() {
		Path keyFile = home.resolve("identity.key");

		HashKeyStore.load(ENVIRONMENT_KEY.toUpperCase(), keyFile);

		assertThat(keyFile).doesNotExist();
	}

	@Test
	void keyFromTheStoreHashesIdentically() {
		Path keyFile = home.resolve("identity.key");
		ResidentId id = ResidentId.parse("440524188001010014");

		String first = new IdentityHasher(HashKeyStore.load(null, keyFile)).hash(id);
		String again = new IdentityHasher(HashKeyStore.load(null, keyFile)).hash(id);

		assertThat(again).isEqualTo(first);
	}

}
