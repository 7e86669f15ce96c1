package org.vocstat.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The nightly inbox: one folder per delivered batch. A batch is complete when its
 * {@code batch.json} lists files that are all there with the listed SHA-256; anything
 * else (no manifest yet, a missing or still-growing file) is left alone and reported as
 * waiting. A manifest naming a file outside its folder (or through a symbolic link out of
 * it) is refused before any file is hashed. Complete batches come oldest export first.
 */
public final class Inbox {

	private Inbox() {
	}

	/** The batches in {@code inbox}, none of them stale. */
	public static List<InboxBatch> scan(Path inbox) {
		return scan(inbox, null, Instant.now());
	}

	/**
	 * The batches in {@code inbox}; a batch with a manifest whose files have not matched
	 * it for longer than {@code staleAfter} (measured from its newest file's modification
	 * time, since a copy in progress keeps touching it) is stale: a corrupt delivery that
	 * would otherwise wait for ever.
	 */
	public static List<InboxBatch> scan(Path inbox, Duration staleAfter, Instant now) {
		if (!Files.exists(inbox)) {
			throw new Reason.BadArgumentException("inbox.missing", inbox);
		}
		if (!Files.isDirectory(inbox)) {
			throw new Reason.BadArgumentException("inbox.not-folder", inbox);
		}
		List<InboxBatch> found = new ArrayList<>();
		try (Stream<Path> folders = Files.list(inbox)) {
			for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
				InboxBatch batch = inspect(folder);
				boolean mismatching = !batch.complete() && !batch.refused() && batch.manifest() != null;
				found.add(mismatching && staleAfter != null && newestChange(folder).plus(staleAfter).isBefore(now)
						? batch.asStale() : batch);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the inbox " + inbox, ex);
		}
		found.sort(Comparator.comparing((InboxBatch b) -> !b.complete())
			.thenComparing(b -> b.manifest() == null ? OffsetDateTime.MAX : exportedAt(b.manifest()))
			.thenComparing(b -> b.folder().getFileName().toString()));
		return found;
	}

	/**
	 * Moves a loaded batch, manifest and all, into {@code archive}; returns where it
	 * went.
	 */
	public static Path archive(Path folder, Path archive) {
		try {
			Files.createDirectories(archive);
			Path target = archive.resolve(folder.getFileName());
			for (int n = 2; Files.exists(target); n++) {
				target = archive.resolve(folder.getFileName() + "." + n);
			}
			try {
				return Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException acrossFileSystems) {
				copyTree(folder, target);
				deleteTree(folder);
				return target;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot archive " + folder + " into " + archive, ex);
		}
	}

	private static InboxBatch inspect(Path folder) {
		Path manifestFile = folder.resolve(BatchManifest.FILE_NAME);
		if (!Files.exists(manifestFile)) {
			return new InboxBatch(folder, null, Reason.of("inbox.no-manifest", BatchManifest.FILE_NAME));
		}
		BatchManifest manifest;
		try {
			manifest = BatchManifest.read(manifestFile);
		}
		catch (BatchRefusedException ex) {
			return new InboxBatch(folder, null, ex.said());
		}
		try {
			manifest.requirePathsInside(folder);
		}
		catch (BatchRefusedException ex) {
			return InboxBatch.refused(folder, manifest, ex.said());
		}
		for (BatchManifest.ManifestFile file : manifest.files()) {
			Path path = BatchPaths.resolve(folder, file.path());
			if (!Files.isRegularFile(path)) {
				return new InboxBatch(folder, manifest, Reason.of("inbox.not-there", file.path()));
			}
			if (file.sha256() != null && !file.sha256().equalsIgnoreCase(BatchDigest.sha256(path))) {
				return new InboxBatch(folder, manifest, Reason.of("inbox.sha256-differs", file.path()));
			}
		}
		return new InboxBatch(folder, manifest, null);
	}

	private static Instant newestChange(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			Instant newest = Instant.EPOCH;
			for (Path path : paths.toList()) {
				Instant changed = Files.getLastModifiedTime(path).toInstant();
				newest = changed.isAfter(newest) ? changed : newest;
			}
			return newest;
		}
	}

	private static OffsetDateTime exportedAt(BatchManifest manifest) {
		try {
			return manifest.exportedAt() == null ? OffsetDateTime.MAX : OffsetDateTime.parse(manifest.exportedAt());
		}
		catch (DateTimeParseException ex) {
			return OffsetDateTime.MAX;
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Files.copy(path, to.resolve(from.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
