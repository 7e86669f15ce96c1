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
import java.time.Duration;
import java.time.Instant;

/**
 * The home's control lock: an exclusive lock held only while a process decides to start,
 * join or stop the embedded server, so that no process starts a server another is
 * stopping, or stops one another has just joined. The operating system releases it when
 * its holder ends, however it ends.
 */
final class HomeLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private HomeLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock, waiting while another process holds it (a start takes up to a
	 * minute, a stop a few seconds). Callers in one JVM are kept apart by
	 * {@link SharedServer}, so the lock is never taken twice in one process.
	 */
	static HomeLock acquire(Path home, Duration patience) {
		Instant deadline = Instant.now().plus(patience);
		try {
			FileChannel channel = FileChannel.open(home.resolve("vocstat.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.READ, StandardOpenOption.WRITE);
			for (FileLock lock = channel.tryLock();; lock = channel.tryLock()) {
				if (lock != null) {
					channel.truncate(0);
					channel.write(
							ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " since " + Instant.now() + "\n")
								.getBytes(StandardCharsets.UTF_8)),
							0);
					return new HomeLock(channel, lock);
				}
				if (Instant.now().isAfter(deadline)) {
					channel.close();
					throw new IllegalStateException(
							"another vocstat (" + holder(home) + ") has been starting or stopping" + " the database of "
									+ home + " for " + patience.toSeconds() + " s; try again later");
				}
				Thread.sleep(100);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot lock the vocstat home " + home, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the lock of " + home, ex);
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
	public void close() {
		try {
			lock.release();
			channel.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot release the home lock", ex);
		}
	}

}
