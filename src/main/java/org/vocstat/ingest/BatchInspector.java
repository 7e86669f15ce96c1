package org.vocstat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
import org.vocstat.delivery.Reason;
import org.vocstat.ingest.internal.RecordSource;
import org.vocstat.ingest.internal.RecordSources;

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

	private final long maxWorkbookBytes;

	BatchInspector(HeaderAliases aliases, IngestProperties properties) {
		this.aliases = aliases;
		this.maxWorkbookBytes = properties.maxWorkbookMb() << 20;
	}

	/**
	 * The paths a batch's files may have, relative to its folder: each file as CSV or
	 * workbook.
	 */
	public static List<String> expectedPaths() {
		return Arrays.stream(FileKind.values()).flatMap(kind -> kind.candidatePaths().stream()).toList();
	}

	public List<FileInspection> inspect(ExportBatch batch) {
		List<Object> problems = new ArrayList<>();
		List<FileInspection> files = new ArrayList<>();
		Map<String, String> sheets = new HashMap<>();
		batch.manifest()
			.ifPresent(manifest -> manifest.files()
				.stream()
				.filter(f -> f.sheet() != null)
				.forEach(f -> sheets.put(f.path(), f.sheet())));
		for (FileKind kind : FileKind.values()) {
			try {
				List<String> present = new ArrayList<>();
				for (String candidate : kind.candidatePaths()) {
					if (Files.isRegularFile(BatchPaths.resolve(batch.folder(), candidate))) {
						present.add(candidate);
					}
				}
				if (present.isEmpty()) {
					problems.add(Reason.of("problem.missing", kind.path()));
					continue;
				}
				if (present.size() > 1) {
					problems.add(Reason.of("problem.several-formats", present.size() == 2
							? Reason.of("words.two", present.get(0), present.get(1)) : String.join(", ", present)));
					continue;
				}
				String relative = present.get(0);
				files.add(inspect(kind, relative, BatchPaths.resolve(batch.folder(), relative), sheets.get(relative)));
			}
			catch (BatchRefusedException ex) {
				problems.add(ex.said());
			}
			catch (UncheckedIOException ex) {
				problems.add(Reason.of("problem.unreadable", kind.path(), ex.getCause().getMessage()));
			}
		}
		batch.manifest().ifPresent(manifest -> compare(manifest, files, problems));
		if (!problems.isEmpty()) {
			throw BatchRefusedException.because("refused.inspection", batch.folder(), problems);
		}
		return files;
	}

	/** The batch digest of inspected files. */
	public static String digest(List<FileInspection> files) {
		Map<String, String> hashes = new LinkedHashMap<>();
		files.forEach(f -> hashes.put(f.path(), f.sha256()));
		return BatchDigest.combine(hashes);
	}

	private FileInspection inspect(FileKind kind, String relative, Path path, String sheet) {
		MessageDigest digest = sha256();
		try (RecordSource reader = RecordSources.open(kind, path, relative, sheet, aliases, digest, maxWorkbookBytes)) {
			HeaderMapping mapping = HeaderMapping.resolve(kind, reader.header(), aliases);
			reader.expectFields(mapping.headerWidth());
			long rows = 0;
			while (reader.skip()) {
				rows++;
			}
			boolean workbook = RecordSources.isSpreadsheet(relative);
			return new FileInspection(kind, HexFormat.of().formatHex(digest.digest()), Files.size(path), rows,
					workbook ? relative.substring(relative.lastIndexOf('.') + 1) : kind.system().charset().name(),
					relative, sheet);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + path, ex);
		}
	}

	private static void compare(BatchManifest manifest, List<FileInspection> files, List<Object> problems) {
		Map<String, FileInspection> byPath = new LinkedHashMap<>();
		files.forEach(f -> byPath.put(f.path(), f));
		for (BatchManifest.ManifestFile listed : manifest.files()) {
			FileInspection found = byPath.get(listed.path());
			if (found == null) {
				if (!expectedPaths().contains(listed.path())) {
					problems.add(Reason.of("problem.unknown-file", listed.path()));
				}
				continue;
			}
			if (listed.sha256() != null && !listed.sha256().equalsIgnoreCase(found.sha256())) {
				problems.add(Reason.of("problem.sha256", listed.path(), found.sha256(), listed.sha256()));
			}
			if (listed.rows() != null && listed.rows() != found.rows()) {
				problems.add(Reason.of("problem.rows", listed.path(), Long.toString(found.rows()),
						listed.rows().toString()));
			}
		}
		for (String path : byPath.keySet()) {
			if (manifest.files().stream().noneMatch(f -> path.equals(f.path()))) {
				problems.add(Reason.of("problem.unlisted", path));
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
