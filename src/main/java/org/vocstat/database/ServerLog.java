package org.vocstat.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The embedded server's own log, {@code <home>/logs/postgresql.log}, and what it says
 * when the server stops or cannot start: a full disk shows there as "No space left on
 * device", while a client only sees "Connection refused".
 */
record ServerLog(Path file) {

	/**
	 * Below this much free space PostgreSQL cannot even write the WAL of its own startup.
	 */
	private static final long NEARLY_FULL = 16L * 1024 * 1024;

	private static final int TAIL = 256 * 1024;

	static ServerLog of(Path home) {
		return new ServerLog(home.resolve("logs").resolve("postgresql.log"));
	}

	/**
	 * Where the log ends now: what the server writes from here on is about this start.
	 */
	long end() {
		try {
			return Files.exists(file) ? Files.size(file) : 0;
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/**
	 * The cause of a stop or failed start, as the operator needs it, from what the log
	 * says since {@code since}.
	 */
	Optional<String> diagnosis(long since, Path dataDirectory) {
		String text = readFrom(since);
		if (text.toLowerCase(Locale.ROOT).contains("no space left on device") || nearlyFull(dataDirectory)) {
			return Optional
				.of("no space left on device for the data directory " + dataDirectory + " (see " + file + ")");
		}
		return text.lines()
			.filter(line -> line.contains("FATAL:") || line.contains("PANIC:"))
			.reduce((first, second) -> second)
			.map(line -> line.strip() + " (see " + file + ")");
	}

	private String readFrom(long since) {
		try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
			long start = Math.max(since, log.length() - TAIL);
			byte[] bytes = new byte[(int) Math.max(0, log.length() - start)];
			log.seek(start);
			log.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static boolean nearlyFull(Path dataDirectory) {
		try {
			return Files.getFileStore(dataDirectory).getUsableSpace() < NEARLY_FULL;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
