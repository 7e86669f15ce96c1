package org.vocstat.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a written batch into the corrected export a region sends after its first one: the
 * last {@code n} schools of {@code qrp/conditions.csv} in code order whose row is plain
 * (no quoted number) report 1,000 more 纸质图书 (册) after a recount, and the manifest says
 * the export was made a day later. The planted review cases take the first four schools,
 * so both can be asked for. Only the books figures move: no shipped review rule reads
 * them, so the findings of the batch it corrects, and their explanations, stay as they
 * were.
 */
final class CorrectedExport {

	/** Books each corrected school adds to its count. */
	static final long MORE_BOOKS = 1000;

	private static final Pattern EXPORTED_AT = Pattern.compile("\"exportedAt\": \"([^\"]+)\"");

	private CorrectedExport() {
	}

	/**
	 * Corrects {@code n} schools of the batch in {@code batch}; returns one line per
	 * school.
	 */
	static List<String> correct(Path batch, int n) throws IOException {
		List<String> lines = Files.readAllLines(batch.resolve("qrp/conditions.csv"), StandardCharsets.UTF_8);
		// A row the generator wrote untidily with a quoted number ("82,445") is left as
		// it is: only plain rows are rewritten.
		List<String> schools = new ArrayList<>(new TreeSet<>(lines.subList(1, lines.size())
			.stream()
			.filter(line -> !line.contains("\""))
			.map(line -> line.substring(0, line.indexOf(',')))
			.toList()));
		if (n > schools.size()) {
			throw new IllegalArgumentException(
					"--correct-schools " + n + ": the batch has only " + schools.size() + " schools to correct");
		}
		List<String> corrected = schools.subList(schools.size() - n, schools.size());
		List<String> changes = new ArrayList<>();
		BatchFileRewrite.rewrite(batch, "qrp/conditions.csv", cells -> {
			if (cells.length == 8 && corrected.contains(cells[0])) {
				long books = BatchFileRewrite.number(cells[7]);
				cells[7] = Long.toString(books + MORE_BOOKS);
				changes.add(cells[0] + ": 纸质图书 " + books + " → " + cells[7] + " (corrected export)");
			}
			return cells;
		});
		exportedADayLater(batch.resolve("batch.json"));
		return changes;
	}

	private static void exportedADayLater(Path manifest) throws IOException {
		String text = Files.readString(manifest, StandardCharsets.UTF_8);
		Matcher at = EXPORTED_AT.matcher(text);
		if (at.find()) {
			String later = OffsetDateTime.parse(at.group(1)).plusDays(1).toString();
			Files.writeString(manifest, at.replaceFirst(Matcher.quoteReplacement("\"exportedAt\": \"" + later + "\"")),
					StandardCharsets.UTF_8);
		}
	}

}
