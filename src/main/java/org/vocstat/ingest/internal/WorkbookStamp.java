package org.vocstat.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A workbook file as it was when its reader opened it. A workbook is read out of order (a
 * zip's directory first, then its parts), so its SHA-256 cannot be taken of the bytes as
 * the rows are read, as a CSV file's is: the whole file is hashed once its last row is
 * read, and if the file is no longer the one opened (another file moved in, or the same
 * one rewritten: its identity, size or modification time differ), the hash is spoiled so
 * that it cannot match the registered one.
 */
final class WorkbookStamp {

	private final Path file;

	private final BasicFileAttributes opened;

	WorkbookStamp(Path file) throws IOException {
		this.file = file;
		this.opened = Files.readAttributes(file, BasicFileAttributes.class);
	}

	long size() {
		return opened.size();
	}

	/** Feeds the file's bytes, as they are now, to {@code digest}. */
	void digestInto(MessageDigest digest) {
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
			if (!Objects.equals(now.fileKey(), opened.fileKey()) || now.size() != opened.size()
					|| !now.lastModifiedTime().equals(opened.lastModifiedTime())) {
				digest.update((byte) 1);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

}
