package org.vocstat.ingest.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.vocstat.delivery.BatchRefusedException;

/**
 * The SHA-256 of a file as its ingest step reads it, from byte 0, compared at the file's
 * end with the one check-batch registered: a file rewritten or replaced during the load
 * would otherwise load under the registered file's hash.
 */
final class ReadDigest {

	private final MessageDigest digest = RecordReader.sha256();

	private final String path;

	private final String registered;

	private boolean differed;

	ReadDigest(String path, String registered) {
		this.path = path;
		this.registered = registered;
	}

	/** What the reader feeds every byte it reads to. */
	MessageDigest digest() {
		return digest;
	}

	/**
	 * Refuses the batch, naming the file, unless the bytes read (all of them, once read)
	 * hash as registered.
	 */
	void requireRegistered() {
		String read = HexFormat.of().formatHex(digest.digest());
		if (!read.equals(registered)) {
			differed = true;
			throw BatchRefusedException.because("refused.changed-while-loading", path, registered.substring(0, 12),
					read.substring(0, 12));
		}
	}

	/** Whether {@link #requireRegistered} found the file changed. */
	boolean differed() {
		return differed;
	}

	/**
	 * Feeds bytes 0 to {@code offset} of the open file to {@code digest} (fewer if the
	 * file is now shorter).
	 */
	static void feedPrefix(FileChannel channel, long offset, MessageDigest digest) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
		long left = offset;
		channel.position(0);
		while (left > 0) {
			buffer.clear().limit((int) Math.min(buffer.capacity(), left));
			int read = channel.read(buffer);
			if (read <= 0) {
				return;
			}
			digest.update(buffer.array(), 0, read);
			left -= read;
		}
	}

}
