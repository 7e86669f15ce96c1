package org.vocstat.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.vocstat.delivery.BatchRefusedException;
import org.vocstat.delivery.Reason;

/**
 * Opens the chosen sheet of an {@code .xlsx} or {@code .xls} export for streaming, or
 * refuses the batch in one line naming the file and what is wrong: over the size limit,
 * encrypted or password-protected, a workbook of the other format or not a workbook at
 * all (a CSV file renamed), a corrupt zip, a zip bomb, a named sheet that is not there, a
 * first sheet that is hidden. POI's zip-bomb guards stay on: an entry may inflate at most
 * 100-fold ({@link ZipSecureFile#setMinInflateRatio}) and to at most 4 GiB.
 */
final class Workbook {

	private static final Logger log = LoggerFactory.getLogger(Workbook.class);

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(0xFFFF_FFFFL);
	}

	private Workbook() {
	}

	/** Whether a file name is a spreadsheet's. */
	static boolean isSpreadsheet(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".xlsx") || lower.endsWith(".xls");
	}

	/**
	 * The rows of {@code sheet} (the first sheet if null) of the workbook {@code file},
	 * called {@code shown} in messages.
	 */
	static SheetRows open(Path file, String shown, String sheet, long maxBytes) throws IOException {
		long size = Files.size(file);
		if (size > maxBytes) {
			throw refused(shown, "too-big", Long.toString(size), Long.toString(maxBytes));
		}
		boolean xlsx = shown.toLowerCase(Locale.ROOT).endsWith(".xlsx");
		FileMagic magic;
		try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
			magic = FileMagic.valueOf(in);
		}
		if (magic == FileMagic.OLE2) {
			return ole2(file, shown, sheet, xlsx);
		}
		if (magic != FileMagic.OOXML) {
			throw size == 0 ? refused(shown, "empty") : refused(shown, "not-workbook", xlsx ? ".xlsx" : ".xls");
		}
		if (!xlsx) {
			throw refused(shown, "xlsx-named-xls");
		}
		return xlsx(file, shown, sheet);
	}

	private static SheetRows ole2(Path file, String shown, String sheet, boolean xlsx) throws IOException {
		POIFSFileSystem fs;
		try {
			fs = new POIFSFileSystem(file.toFile(), true);
		}
		catch (IOException | RuntimeException ex) {
			throw refused(shown, "unreadable", firstLine(ex));
		}
		try {
			if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")
					|| fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
				throw refused(shown, "encrypted");
			}
			if (xlsx) {
				throw refused(shown, "xls-named-xlsx");
			}
			XlsRows rows = new XlsRows(fs, (names, hidden) -> SheetChoice.index(shown, names, hidden, sheet));
			if (!rows.hiddenSheets().isEmpty()) {
				log.info("{}: hidden sheets not read: {}", shown, rows.hiddenSheets());
			}
			return rows;
		}
		catch (EncryptedDocumentException ex) {
			throw refused(shown, "encrypted");
		}
		catch (BatchRefusedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw refused(shown, "unreadable-xls", firstLine(ex));
		}
		finally {
			fs.close();
		}
	}

	private static SheetRows xlsx(Path file, String shown, String sheet) {
		OPCPackage workbook = null;
		try {
			workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFReader reader = new XSSFReader(workbook);
			SheetChoice choice = SheetChoice.read(reader.getWorkbookData());
			int index = SheetChoice.index(shown, choice.names(), choice.hidden(), sheet);
			String part = choice.relations().get(index);
			if (!choice.hidden().isEmpty()) {
				log.info("{}: hidden sheets not read: {}", shown, choice.hidden());
			}
			List<SheetRows.MergedRange> merged = MergedRanges.scan(reader.getSheet(part));
			return new XlsxRows(workbook, reader.getSheet(part), new ReadOnlySharedStringsTable(workbook, false),
					reader.getStylesTable(), choice.date1904(), merged);
		}
		catch (BatchRefusedException ex) {
			revert(workbook);
			throw ex;
		}
		catch (Exception ex) {
			revert(workbook);
			String message = firstLine(ex);
			throw message.toLowerCase(Locale.ROOT).contains("zip bomb") ? refused(shown, "zip-bomb")
					: refused(shown, "unreadable-xlsx", message);
		}
	}

	private static void revert(OPCPackage workbook) {
		if (workbook != null) {
			workbook.revert();
		}
	}

	/**
	 * The batch refused because of the workbook {@code shown}: {@code problem} names the
	 * bundle's {@code workbook.PROBLEM}, said after the file's name.
	 */
	static BatchRefusedException refused(String shown, String problem, Object... arguments) {
		return BatchRefusedException.because("refused.workbook", shown, Reason.of("workbook." + problem, arguments));
	}

	private static String firstLine(Throwable ex) {
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		return message.lines().findFirst().orElse("").strip();
	}

}
