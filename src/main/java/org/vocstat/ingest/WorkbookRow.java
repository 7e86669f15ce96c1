package org.vocstat.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

import org.vocstat.ingest.internal.RecordSources;
import org.vocstat.ingest.internal.SourceRecord;

/**
 * One row of a workbook as ingest keys its lineage: the row's canonical rendering (its
 * cell texts as one RFC 4180 CSV record, docs/export-contract.md) and that rendering's
 * SHA-256, the line SHA-256 its staged or quarantined row carries.
 */
public record WorkbookRow(long row, String rendering, String sha256) {

	/**
	 * Row {@code row} of {@code sheet} (null: the first sheet) of the workbook
	 * {@code file}; empty if that row is the header, empty or not there.
	 */
	public static Optional<WorkbookRow> read(Path file, String sheet, long row) throws IOException {
		SourceRecord record = RecordSources.sheetRow(file, sheet, row);
		return Optional.ofNullable(record)
			.map(r -> new WorkbookRow(row, r.text(), HexFormat.of().formatHex(r.lineSha256())));
	}

}
