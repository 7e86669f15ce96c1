package org.vocstat.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.vocstat.ingest.ExportFileReader;
import org.vocstat.ingest.ExportFileReader.ExportRecord;
import org.vocstat.ingest.FileKind;

/**
 * Turns files of a written batch into workbooks ({@code --excel sms/students,qrp/*}), as
 * a school would have saved them from Excel, with the spreadsheet pitfalls planted in
 * numbers docs/export-contract.md gives, and rewrites {@code batch.json} for them. Every
 * record keeps the fields ingest reads from the CSV file, so the batch's figures do not
 * change; a record the CSV reader would quarantine is written so that the workbook's is
 * quarantined too. {@code .xlsx} is written streaming (SXSSF); {@code .xls} holds at most
 * 65,535 records.
 */
public final class WorkbookExport {

	private static final Pattern MANIFEST_ENTRY = Pattern.compile(
			"\\{\\s*\"path\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"sha256\"\\s*:\\s*\"[0-9a-f]+\"\\s*,\\s*\"rows\"\\s*:\\s*\\d+\\s*}");

	private WorkbookExport() {
	}

	/** What one converted file holds. */
	public record Converted(String path, long rows, String sha256, PlantedPitfalls planted) {

		String render() {
			return path + ": " + rows + " rows; " + planted.render();
		}

	}

	/**
	 * Converts every file of {@code batch} that {@code patterns} names
	 * ({@code sms/students}, {@code qrp/*}) to {@code format} ({@code xlsx} or
	 * {@code xls}).
	 */
	public static List<Converted> convert(Path batch, List<String> patterns, String format) throws IOException {
		if (!format.equals("xlsx") && !format.equals("xls")) {
			throw new IllegalArgumentException("--excel-format must be xlsx or xls, not " + format);
		}
		List<Converted> converted = new ArrayList<>();
		for (FileKind kind : FileKind.values()) {
			String base = kind.path().substring(0, kind.path().length() - ".csv".length());
			if (patterns.stream().noneMatch(p -> matches(p.strip(), base))
					|| !Files.exists(batch.resolve(kind.path()))) {
				continue;
			}
			converted.add(convert(batch, kind, base + "." + format, format));
		}
		rewriteManifest(batch, converted);
		return converted;
	}

	private static boolean matches(String pattern, String base) {
		String stripped = pattern.replaceAll("\\.(csv|xlsx|xls)$", "");
		return stripped.endsWith("/*") ? base.startsWith(stripped.substring(0, stripped.length() - 1))
				: base.equals(stripped);
	}

	private static Converted convert(Path batch, FileKind kind, String target, String format) throws IOException {
		Path csv = batch.resolve(kind.path());
		Path file = batch.resolve(target);
		PlantedPitfalls planted;
		long rows;
		try (ExportFileReader reader = ExportFileReader.open(kind, csv);
				Workbook workbook = format.equals("xls") ? new HSSFWorkbook() : new SXSSFWorkbook(1000)) {
			SheetWriter sheet = new SheetWriter(workbook, reader.header());
			for (ExportRecord record = reader.next(); record != null; record = reader.next()) {
				if (sheet.rowsWritten() >= SpreadsheetVersion.EXCEL97.getLastRowIndex() - 8 && format.equals("xls")) {
					throw new IllegalArgumentException(kind.path() + " has more records than an .xls sheet holds");
				}
				sheet.record(record);
			}
			planted = sheet.plantTrailingPitfalls();
			rows = sheet.records();
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			if (workbook instanceof SXSSFWorkbook streaming) {
				streaming.dispose();
			}
		}
		Files.delete(csv);
		return new Converted(target, rows, sha256(file), planted);
	}

	private static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void rewriteManifest(Path batch, List<Converted> converted) throws IOException {
		Path manifest = batch.resolve("batch.json");
		if (!Files.exists(manifest)) {
			return;
		}
		String json = Files.readString(manifest, StandardCharsets.UTF_8);
		for (Converted file : converted) {
			String csv = file.path().replaceAll("\\.xlsx?$", ".csv");
			Matcher entry = MANIFEST_ENTRY.matcher(json);
			StringBuilder out = new StringBuilder();
			while (entry.find()) {
				String replacement = entry.group(1).equals(csv) ? "{ \"path\": \"" + file.path() + "\", \"sha256\": \""
						+ file.sha256() + "\", \"rows\": " + file.rows() + " }" : entry.group();
				entry.appendReplacement(out, Matcher.quoteReplacement(replacement));
			}
			entry.appendTail(out);
			json = out.toString();
		}
		Files.writeString(manifest, json, StandardCharsets.UTF_8);
	}

	/**
	 * Whether {@code text} is an ISO date ({@code 2022-09-01}) or month
	 * ({@code 2022-09}).
	 */
	static LocalDate isoDate(String text) {
		try {
			if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return LocalDate.parse(text);
			}
			if (text.matches("\\d{4}-\\d{2}")) {
				return LocalDate.parse(text + "-01");
			}
		}
		catch (DateTimeParseException ex) {
			return null;
		}
		return null;
	}

}
