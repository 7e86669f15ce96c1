package org.vocstat.samples;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One export file being written: RFC 4180 rows in the file's encoding, streamed to disk
 * while its SHA-256 and row count are kept, so the manifest never needs a second read of
 * a large file.
 */
final class CsvSink implements Closeable {

	/**
	 * Lines after a broken quote that must hold no quote character, so a loader can tell
	 * where the row ends.
	 */
	private static final int QUOTE_FREE_LINES = 10;

	private final ExportFile file;

	private final MessageDigest digest;

	private final Writer writer;

	private long rows;

	private int linesSinceBrokenQuote = Integer.MAX_VALUE;

	private GenerationSummary.FileSummary summary;

	CsvSink(Path batch, ExportFile file) throws IOException {
		this.file = file;
		Path target = batch.resolve(file.path);
		Files.createDirectories(target.getParent());
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
		this.writer = new OutputStreamWriter(
				new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16), digest),
				file.encoding.charset);
		if (file.encoding.bom) {
			writer.write('\uFEFF');
		}
		writeLine(String.join(",", file.header));
	}

	ExportFile file() {
		return file;
	}

	long rows() {
		return rows;
	}

	/**
	 * Writes a data row, quoting fields per RFC 4180; returns the line as written
	 * (without the line end).
	 */
	String row(List<String> fields) throws IOException {
		String line = render(fields);
		writeLine(line);
		rows++;
		return line;
	}

	/**
	 * Writes a data row exactly as given: for deliberately broken rows and verbatim
	 * duplicates.
	 */
	void raw(String line, boolean brokenQuote) throws IOException {
		writeLine(line);
		rows++;
		if (brokenQuote) {
			linesSinceBrokenQuote = 0;
		}
	}

	static String render(List<String> fields) {
		StringBuilder line = new StringBuilder(160);
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			String field = fields.get(i) == null ? "" : fields.get(i);
			if (needsQuotes(field)) {
				line.append('"').append(field.replace("\"", "\"\"")).append('"');
			}
			else {
				line.append(field);
			}
		}
		return line.toString();
	}

	private static boolean needsQuotes(String field) {
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return true;
			}
		}
		return false;
	}

	private void writeLine(String line) throws IOException {
		if (linesSinceBrokenQuote < QUOTE_FREE_LINES) {
			linesSinceBrokenQuote++;
			if (line.indexOf('"') >= 0) {
				throw new IllegalStateException(file.path + ": a quote follows a broken quote within "
						+ QUOTE_FREE_LINES + " lines; a loader could not tell where that row ends");
			}
		}
		writer.write(line);
		writer.write(file.encoding.lineEnd);
	}

	/** Closes the file and returns its manifest entry. */
	GenerationSummary.FileSummary finish() throws IOException {
		close();
		return summary;
	}

	@Override
	public void close() throws IOException {
		if (summary == null) {
			writer.close();
			summary = new GenerationSummary.FileSummary(file.path, rows, HexFormat.of().formatHex(digest.digest()));
		}
	}

}
