package org.vocstat.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * An exclusive lock on the vocstat home, held by the process that runs the embedded PostgreSQL in it. The operating
 * system releases it when that process ends, however it ends (even SIGKILL), so a free lock with a running
 * postmaster means the server was orphaned by a crash.
 */
final class HomeLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private HomeLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** Takes the lock, or returns empty when another live process holds it. */
	static Optional<HomeLock> tryAcquire(Path home) {
		try {
			Files.createDirectories(home);
			FileChannel channel = FileChannel.open(home.resolve("vocstat.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.READ, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				channel.close();
				return Optional.empty();
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " since " + Instant.now() + "\n")
				.getBytes(StandardCharsets.UTF_8)), 0);
			return Optional.of(new HomeLock(channel, lock));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot lock the vocstat home " + home, ex);
		}
	}

	/** Who holds the lock, as its holder wrote it. */
	static String holder(Path home) {
		try {
			return Files.readString(home.resolve("vocstat.lock")).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	@Override
	public void close() throws IOException {
		lock.release();
		channel.close();
	}

}
