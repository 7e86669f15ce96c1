package org.vocstat.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A batch folder and what identifies it: region, academic year, statistics date and, when
 * the exporter wrote one, its manifest. Without a manifest the operator names region and
 * year; the statistics date then defaults to 31 October of the academic year (the usual
 * 统计基准日 of the autumn count).
 */
public record ExportBatch(Path folder, String region, String regionName, int academicYear, LocalDate snapshotDate,
		Optional<BatchManifest> manifest) {

	/**
	 * Reads the batch at {@code folder}. Values given by the operator ({@code region},
	 * {@code academicYear}) must agree with the manifest when both exist.
	 */
	public static ExportBatch at(Path folder, String region, Integer academicYear, LocalDate snapshotDate) {
		if (!Files.exists(folder)) {
			throw BatchRefusedException.because("refused.missing", folder);
		}
		if (!Files.isDirectory(folder)) {
			throw BatchRefusedException.because("refused.not-folder", folder);
		}
		Path manifestFile = folder.resolve(BatchManifest.FILE_NAME);
		if (Files.exists(manifestFile)) {
			BatchManifest manifest = BatchManifest.read(manifestFile);
			refuseUnlessValid(manifestFile, manifest);
			manifest.requirePathsInside(folder);
			agree("region", region, manifest.region());
			agree("academic-year", academicYear, manifest.academicYear());
			LocalDate snapshot = manifest.snapshotDate() != null ? parseDate(manifest.snapshotDate())
					: defaultSnapshot(manifest.academicYear());
			return new ExportBatch(folder, manifest.region(), manifest.regionName(), manifest.academicYear(), snapshot,
					Optional.of(manifest));
		}
		if (region == null || academicYear == null) {
			throw BatchRefusedException.because("refused.no-manifest", folder, BatchManifest.FILE_NAME);
		}
		return new ExportBatch(folder, region, null, academicYear,
				snapshotDate != null ? snapshotDate : defaultSnapshot(academicYear), Optional.empty());
	}

	private static void refuseUnlessValid(Path manifestFile, BatchManifest manifest) {
		try {
			RegionCode.check(manifest.region());
			AcademicYear.check(manifest.academicYear());
		}
		catch (IllegalArgumentException ex) {
			throw BatchRefusedException.because("refused.manifest-value", manifestFile,
					ex instanceof Reason.Said said ? said.reason() : ex.getMessage());
		}
	}

	private static LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw BatchRefusedException.because("refused.snapshot-date", text);
		}
	}

	private static LocalDate defaultSnapshot(int academicYear) {
		return LocalDate.of(academicYear, 10, 31);
	}

	private static void agree(String what, Object given, Object manifest) {
		if (given != null && !given.equals(manifest)) {
			throw BatchRefusedException.because("refused.differs-from-manifest", Reason.of("refused.what." + what),
					String.valueOf(given), String.valueOf(manifest));
		}
	}

}
