package org.vocstat.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes rows of a written batch's UTF-8 file and keeps its manifest right (the file's
 * SHA-256 and row count): how planted review cases and corrected exports are made.
 */
final class BatchFileRewrite {

	private static final Pattern MANIFEST_ENTRY = Pattern
		.compile("\\{ \"path\": \"([^\"]+)\", \"sha256\": \"[0-9a-f]{64}\", \"rows\": (\\d+) \\}");

	private BatchFileRewrite() {
	}

	/**
	 * Rewrites the plain rows (no quotes) of a UTF-8 file through {@code change} (null
	 * drops the row), then its manifest entry; returns how many rows were dropped.
	 */
	static int rewrite(Path batch, String path, UnaryOperator<String[]> change) throws IOException {
		Path file = batch.resolve(path);
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String> kept = new ArrayList<>(List.of(lines.get(0)));
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.contains("\"") ? null : line.split(",", -1);
			String[] changed = cells == null ? null : change.apply(cells);
			if (cells == null) {
				kept.add(line);
			}
			else if (changed != null) {
				kept.add(String.join(",", changed));
			}
		}
		byte[] bytes = (String.join("\n", kept) + "\n").getBytes(StandardCharsets.UTF_8);
		Files.write(file, bytes);
		int dropped = lines.size() - kept.size();
		Path manifest = batch.resolve("batch.json");
		Matcher entry = MANIFEST_ENTRY.matcher(Files.readString(manifest, StandardCharsets.UTF_8));
		StringBuilder text = new StringBuilder();
		while (entry.find()) {
			String replacement = !entry.group(1).equals(path) ? entry.group()
					: "{ \"path\": \"" + path + "\", \"sha256\": \"" + sha256(bytes) + "\", \"rows\": "
							+ (Long.parseLong(entry.group(2)) - dropped) + " }";
			entry.appendReplacement(text, Matcher.quoteReplacement(replacement));
		}
		entry.appendTail(text);
		Files.writeString(manifest, text, StandardCharsets.UTF_8);
		return dropped;
	}

	static List<String> column(Path file, int index) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)[index]).toList();
	}

	/** A count as the generator may write it untidily (full-width digits). */
	static long number(String cell) {
		return Long.parseLong(Normalizer.normalize(cell, Normalizer.Form.NFKC).strip());
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
