package org.vocstat.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The home's users lock: every process that uses the embedded server holds it shared, so
 * a process that can take it exclusively knows nobody else uses the server. A process
 * that dies releases its share with it. Only touched under the {@link HomeLock}, so
 * nobody joins between the last user's leaving and its stopping the server.
 */
final class ServerUsers {

	private final FileChannel channel;

	private FileLock share;

	private ServerUsers(FileChannel channel) {
		this.channel = channel;
	}

	static ServerUsers of(Path home) {
		try {
			return new ServerUsers(FileChannel.open(home.resolve("server-users.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.READ, StandardOpenOption.WRITE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the users lock of " + home, ex);
		}
	}

	/** Whether any other process holds a share (this one holds none yet). */
	boolean othersPresent() {
		try (FileLock alone = channel.tryLock()) {
			return alone == null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot probe the users lock", ex);
		}
	}

	void join() {
		try {
			share = channel.tryLock(0, Long.MAX_VALUE, true);
			if (share == null) {
				throw new IllegalStateException("the users lock is held exclusively outside the home lock");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot share the users lock", ex);
		}
	}

	/**
	 * Gives up this process's share without asking who is left: for a server that died,
	 * which nobody stops. Probing would take the lock exclusively for a moment outside
	 * the home lock, where a joining process could meet it.
	 */
	void abandon() {
		try {
			if (share != null) {
				share.release();
				share = null;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot release the users lock", ex);
		}
		finally {
			closeQuietly();
		}
	}

	/**
	 * Gives up this process's share; returns true when no process holds one any more
	 * (this one was the last).
	 */
	boolean leave() {
		try {
			if (share != null) {
				share.release();
				share = null;
			}
			return !othersPresent();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot release the users lock", ex);
		}
		finally {
			closeQuietly();
		}
	}

	private void closeQuietly() {
		try {
			channel.close();
		}
		catch (IOException ex) {
			// the process is letting go of the file either way
		}
	}

}
