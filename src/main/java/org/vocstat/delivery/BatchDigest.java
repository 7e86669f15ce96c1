package org.vocstat.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The identity of a batch's content: SHA-256 over the sorted {@code path<TAB>sha256}
 * lines of its data files. Two folders with the same files have the same digest; a
 * corrected export has a new one. Together with region and academic year it identifies
 * the load job's instance, so running the same batch again restarts that instance.
 */
public final class BatchDigest {

	private BatchDigest() {
	}

	/**
	 * The combined digest of the files at {@code relativePaths} under {@code folder}
	 * (missing files are skipped); a file reached through a symbolic link leading out of
	 * the folder refuses the batch ({@link BatchPaths}).
	 */
	public static String of(Path folder, List<String> relativePaths) {
		Map<String, String> hashes = new TreeMap<>();
		for (String path : relativePaths) {
			Path file = BatchPaths.resolve(folder, path);
			if (Files.isRegularFile(file)) {
				hashes.put(path, sha256(file));
			}
		}
		return combine(hashes);
	}

	/** The combined digest of already-known file hashes, by relative path. */
	public static String combine(Map<String, String> fileHashes) {
		MessageDigest digest = newDigest();
		new TreeMap<>(fileHashes)
			.forEach((path, hash) -> digest.update((path + "\t" + hash + "\n").getBytes(StandardCharsets.UTF_8)));
		return HexFormat.of().formatHex(digest.digest());
	}

	/** Lower-case hex SHA-256 of a file's bytes. */
	public static String sha256(Path file) {
		MessageDigest digest = newDigest();
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
