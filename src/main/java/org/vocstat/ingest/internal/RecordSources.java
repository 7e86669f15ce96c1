package org.vocstat.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;

import org.vocstat.delivery.BatchRefusedException;
import org.vocstat.delivery.Reason;
import org.vocstat.ingest.FileKind;
import org.vocstat.ingest.HeaderAliases;
import org.vocstat.ingest.HeaderMapping;

/**
 * Opens an export file as a {@link RecordSource}, by its name: a {@code .csv} file
 * through {@link RecordReader}, an {@code .xlsx} or {@code .xls} workbook's sheet through
 * {@link SheetRecords}.
 */
public final class RecordSources {

	private RecordSources() {
	}

	/** Whether a file name is a workbook's rather than a CSV file's. */
	public static boolean isSpreadsheet(String name) {
		return Workbook.isSpreadsheet(name);
	}

	/**
	 * Opens a file of {@code kind} at its start and reads its header; {@code shown} is
	 * its path in the batch, {@code sheet} the sheet to read (null: the first), and
	 * {@code fileDigest}, if not null, receives every byte of the file.
	 */
	public static RecordSource open(FileKind kind, Path file, String shown, String sheet, HeaderAliases aliases,
			MessageDigest fileDigest, long maxWorkbookBytes) throws IOException {
		if (!isSpreadsheet(shown)) {
			return RecordReader.open(file, kind.system().charset(), fileDigest);
		}
		return sheet(kind, file, shown, sheet, aliases, 0, fileDigest, maxWorkbookBytes);
	}

	/** Opens a registered file at its start for ingest. */
	static RecordSource open(IngestFile file, MessageDigest fileDigest) throws IOException {
		return open(file.kind(), file.path(), shown(file), file.sheet(), file.aliases(), fileDigest, Long.MAX_VALUE);
	}

	/**
	 * Opens a registered file where a checkpoint left it: a CSV file at the byte offset,
	 * a sheet after the row {@code position}.
	 */
	static RecordSource resume(IngestFile file, int fieldCount, long position, long nextLineNumber,
			MessageDigest fileDigest) throws IOException {
		if (!isSpreadsheet(shown(file))) {
			return RecordReader.resume(file.path(), file.kind().system().charset(), fieldCount, position,
					nextLineNumber, fileDigest);
		}
		return sheet(file.kind(), file.path(), shown(file), file.sheet(), file.aliases(), position, fileDigest,
				Long.MAX_VALUE)
			.expectFields(fieldCount);
	}

	private static SheetRecords sheet(FileKind kind, Path file, String shown, String sheet, HeaderAliases aliases,
			long resumeAfter, MessageDigest fileDigest, long maxWorkbookBytes) throws IOException {
		WorkbookStamp stamp = new WorkbookStamp(file);
		SheetRows rows = Workbook.open(file, shown, sheet, maxWorkbookBytes);
		SheetRecords records;
		try {
			records = new SheetRecords(rows, stamp, header -> HeaderMapping.resolve(kind, header, aliases), resumeAfter,
					fileDigest);
		}
		catch (BatchRefusedException ex) {
			rows.close();
			// The header's faults are named by the file's CSV path; this file is the
			// workbook.
			if (ex.reason() == null) {
				throw new BatchRefusedException(
						ex.getMessage().replace(kind.path(), shown).replace("header line 1", "the header row"));
			}
			// The same reason said of a sheet: its own key ("the header row", not "header
			// line 1").
			throw new BatchRefusedException(new Reason(ex.key() + "-sheet",
					ex.reason().arguments().stream().map(a -> kind.path().equals(a) ? shown : a).toList()));
		}
		catch (IOException | RuntimeException ex) {
			rows.close();
			throw ex;
		}
		if (records.headerCells() == null) {
			records.close();
			throw Workbook.refused(shown, "empty-sheet", sheet == null ? "" : " " + sheet);
		}
		return records;
	}

	/**
	 * The record at sheet row {@code row} of a workbook, read without a file contract
	 * (its text is the canonical rendering), or null if that row is the header, empty or
	 * absent.
	 */
	public static SourceRecord sheetRow(Path file, String sheet, long row) throws IOException {
		WorkbookStamp stamp = new WorkbookStamp(file);
		String shown = file.getFileName().toString();
		try (SheetRecords records = new SheetRecords(Workbook.open(file, shown, sheet, Long.MAX_VALUE), stamp, null, 0,
				null)) {
			if (records.headerCells() == null) {
				throw Workbook.refused(shown, "has an empty sheet");
			}
			for (RawRecord raw = records.nextRaw(); raw != null && raw.lineNumber() <= row; raw = records.nextRaw()) {
				if (raw.lineNumber() == row) {
					return raw.decoded();
				}
			}
			return null;
		}
	}

	private static String shown(IngestFile file) {
		return file.shownPath();
	}

}
