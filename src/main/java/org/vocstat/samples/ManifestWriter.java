package org.vocstat.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code batch.json}: region, academic year, statistics date, export time and
 * every file's digest and rows.
 */
final class ManifestWriter {

	private ManifestWriter() {
	}

	static void write(Path batch, RegionPlan plan, List<GenerationSummary.FileSummary> files) throws IOException {
		StringBuilder json = new StringBuilder();
		json.append("{\n");
		json.append("  \"region\": ").append(quote(plan.master().code())).append(",\n");
		json.append("  \"regionName\": ").append(quote(plan.master().name())).append(",\n");
		json.append("  \"academicYear\": ").append(plan.academicYear()).append(",\n");
		json.append("  \"snapshotDate\": ").append(quote(plan.snapshot().toString())).append(",\n");
		json.append("  \"exportedAt\": ").append(quote(plan.exportedAt())).append(",\n");
		json.append("  \"files\": [\n");
		for (int i = 0; i < files.size(); i++) {
			GenerationSummary.FileSummary file = files.get(i);
			json.append("    { \"path\": ")
				.append(quote(file.path()))
				.append(", \"sha256\": ")
				.append(quote(file.sha256()))
				.append(", \"rows\": ")
				.append(file.rows())
				.append(" }")
				.append(i + 1 < files.size() ? ",\n" : "\n");
		}
		json.append("  ]\n}\n");
		Files.writeString(batch.resolve("batch.json"), json, StandardCharsets.UTF_8);
	}

	private static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

}
