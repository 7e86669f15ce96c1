package org.vocstat.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a file named relative to a batch folder is: always inside that folder. A name
 * that leaves it ({@code ..}, an absolute path) or a symbolic link on the way that leads
 * out of it refuses the batch before the file is opened, so a manifest or a planted link
 * can never make vocstat read, hash or load a file from elsewhere.
 */
public final class BatchPaths {

	private BatchPaths() {
	}

	/**
	 * The file {@code relative} names in {@code folder}; refuses the batch if it lies, or
	 * leads, outside it.
	 */
	public static Path resolve(Path folder, String relative) {
		Path name;
		try {
			name = Path.of(relative);
		}
		catch (InvalidPathException ex) {
			throw BatchRefusedException.because("refused.not-a-file-name", shown(relative));
		}
		if (relative.isEmpty() || name.isAbsolute() || name.getRoot() != null || leavesFolder(name)) {
			throw BatchRefusedException.because("refused.outside", shown(relative));
		}
		Path file = folder.resolve(name);
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
			return file;
		}
		try {
			Path real = file.toRealPath();
			if (!real.startsWith(folder.toRealPath())) {
				throw BatchRefusedException.because("refused.symlink-outside", shown(relative), real);
			}
		}
		catch (IOException ex) {
			if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
				// A link to nothing: no file to read, reported as missing where the file
				// is needed.
				return file;
			}
			throw new UncheckedIOException("cannot resolve " + file, ex);
		}
		return file;
	}

	private static boolean leavesFolder(Path name) {
		for (Path part : name) {
			if (part.toString().equals("..")) {
				return true;
			}
		}
		return false;
	}

	/** A name as the operator can read it on one line. */
	private static String shown(String relative) {
		return relative.replaceAll("\\p{Cntrl}", "?");
	}

}
