package org.vocstat.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code batch.json} an exporter writes beside the files: which region and academic
 * year they cover, the statistics date, and each file's SHA-256 and data-row count, so a
 * damaged or half-copied batch is refused.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BatchManifest(String region, String regionName, Integer academicYear, String snapshotDate,
		String exportedAt, List<ManifestFile> files) {

	public static final String FILE_NAME = "batch.json";

	/**
	 * One listed file: path relative to the batch folder ({@code .csv}, {@code .xlsx} or
	 * {@code .xls}), SHA-256 (hex) and data rows (header excluded); for a workbook, the
	 * sheet to read (absent: the first).
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ManifestFile(String path, String sha256, Long rows, String sheet) {
	}

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	/**
	 * Reads {@code batch.json}; an unreadable or incomplete manifest refuses the batch.
	 */
	public static BatchManifest read(Path file) {
		BatchManifest manifest;
		try {
			manifest = JSON.readValue(Files.readString(file), BatchManifest.class);
		}
		catch (IOException | JacksonException ex) {
			throw BatchRefusedException.because("refused.manifest-unreadable", file, firstLine(ex.getMessage()));
		}
		if (manifest.region() == null || manifest.academicYear() == null || manifest.files() == null) {
			throw BatchRefusedException.because("refused.manifest-incomplete", file);
		}
		return manifest;
	}

	/**
	 * Refuses the batch, naming the path, if a listed file lies outside {@code folder} or
	 * leads out of it through a symbolic link; checked before any listed file is opened.
	 */
	public void requirePathsInside(Path folder) {
		for (ManifestFile file : files) {
			if (file == null || file.path() == null) {
				throw BatchRefusedException.because("refused.manifest-no-path", FILE_NAME);
			}
			try {
				BatchPaths.resolve(folder, file.path());
			}
			catch (BatchRefusedException ex) {
				throw BatchRefusedException.because("refused.in-manifest", FILE_NAME, ex.said());
			}
		}
	}

	private static String firstLine(String message) {
		return message == null ? "" : message.lines().findFirst().orElse("");
	}

}
