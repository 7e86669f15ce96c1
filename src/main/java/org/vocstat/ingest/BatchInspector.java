package org.vocstat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.vocstat.delivery.BatchDigest;
import org.vocstat.delivery.BatchManifest;
import org.vocstat.delivery.BatchPaths;
import org.vocstat.delivery.BatchRefusedException;
import org.vocstat.delivery.ExportBatch;
import org.vocstat.ingest.internal.RecordReader;

/**
 * Checks a whole batch before any row is loaded: every file present, every required
 * column in every header, and, when there is a manifest, every file's SHA-256 and
 * data-row count as listed. Any fault refuses the batch with a message naming every file
 * and what is wrong with it, so nothing is ever half-loaded.
 */
@Component
public class BatchInspector {

	/** The name of the step that runs this check. */
	public static final String STEP_NAME = "check-batch";

	private final HeaderAliases aliases;

	BatchInspector(HeaderAliases aliases) {
		this.aliases = aliases;
	}

	/** The paths of all files a batch must hold, relative to its folder. */
	public static List<String> expectedPaths() {
		return Arrays.stream(FileKind.values()).map(FileKind::path).toList();
	}

	public List<FileInspection> inspect(ExportBatch batch) {
		List<String> problems = new ArrayList<>();
		List<FileInspection> files = new ArrayList<>();
		for (FileKind kind : FileKind.values()) {
			try {
				Path path = BatchPaths.resolve(batch.folder(), kind.path());
				if (!Files.isRegularFile(path)) {
					problems.add(kind.path() + " is missing");
					continue;
				}
				files.add(inspect(kind, path));
			}
			catch (BatchRefusedException ex) {
				problems.add(ex.getMessage());
			}
			catch (UncheckedIOException ex) {
				problems.add(kind.path() + " cannot be read: " + ex.getCause().getMessage());
			}
		}
		batch.manifest().ifPresent(manifest -> compare(manifest, files, problems));
		if (!problems.isEmpty()) {
			throw new BatchRefusedException(
					"batch " + batch.folder() + " refused, nothing loaded:\n  - " + String.join("\n  - ", problems));
		}
		return files;
	}

	/** The batch digest of inspected files. */
	public static String digest(List<FileInspection> files) {
		Map<String, String> hashes = new LinkedHashMap<>();
		files.forEach(f -> hashes.put(f.kind().path(), f.sha256()));
		return BatchDigest.combine(hashes);
	}

	private FileInspection inspect(FileKind kind, Path path) {
		MessageDigest digest = sha256();
		try (RecordReader reader = RecordReader.open(path, kind.system().charset(), digest)) {
			HeaderMapping mapping = HeaderMapping.resolve(kind, reader.header(), aliases);
			reader.expectFields(mapping.headerWidth());
			long rows = 0;
			while (reader.skip()) {
				rows++;
			}
			return new FileInspection(kind, HexFormat.of().formatHex(digest.digest()), Files.size(path), rows,
					kind.system().charset().name());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + path, ex);
		}
	}

	private static void compare(BatchManifest manifest, List<FileInspection> files, List<String> problems) {
		Map<String, FileInspection> byPath = new LinkedHashMap<>();
		files.forEach(f -> byPath.put(f.kind().path(), f));
		for (BatchManifest.ManifestFile listed : manifest.files()) {
			FileInspection found = byPath.get(listed.path());
			if (found == null) {
				if (!expectedPaths().contains(listed.path())) {
					problems.add("the manifest lists " + listed.path() + ", which is not an export file vocstat knows");
				}
				continue;
			}
			if (listed.sha256() != null && !listed.sha256().equalsIgnoreCase(found.sha256())) {
				problems
					.add(listed.path() + ": SHA-256 is " + found.sha256() + ", the manifest says " + listed.sha256());
			}
			if (listed.rows() != null && listed.rows() != found.rows()) {
				problems.add(listed.path() + ": " + found.rows() + " data rows, the manifest says " + listed.rows());
			}
		}
		for (String path : byPath.keySet()) {
			if (manifest.files().stream().noneMatch(f -> path.equals(f.path()))) {
				problems.add(path + " is not listed in the manifest");
			}
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
