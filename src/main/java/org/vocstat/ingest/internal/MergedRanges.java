package org.vocstat.ingest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merged ranges of an {@code .xlsx} sheet, which the format writes after all of its
 * rows: a byte scan for the end of the rows (far cheaper than parsing them), then the
 * short tail parsed for {@code <mergeCell ref="A1:C3"/>}.
 */
final class MergedRanges {

	private static final byte[] END_OF_ROWS = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] NO_ROWS = "<sheetData/>".getBytes(StandardCharsets.US_ASCII);

	private static final Pattern MERGE = Pattern
		.compile("<(?:\\w+:)?mergeCell\\s+ref=\"([A-Z]+[0-9]+)(?::([A-Z]+[0-9]+))?\"");

	/** The tail beyond which a sheet's trailing parts are not worth reading. */
	private static final int MAX_TAIL = 64 << 20;

	private MergedRanges() {
	}

	static List<SheetRows.MergedRange> scan(InputStream sheet) throws IOException {
		try (sheet) {
			byte[] buffer = new byte[1 << 16];
			int endMatched = 0;
			int emptyMatched = 0;
			int read;
			while ((read = sheet.read(buffer)) > 0) {
				for (int i = 0; i < read; i++) {
					byte b = buffer[i];
					endMatched = b == END_OF_ROWS[endMatched] ? endMatched + 1 : (b == END_OF_ROWS[0] ? 1 : 0);
					emptyMatched = b == NO_ROWS[emptyMatched] ? emptyMatched + 1 : (b == NO_ROWS[0] ? 1 : 0);
					if (endMatched == END_OF_ROWS.length || emptyMatched == NO_ROWS.length) {
						ByteArrayOutputStream tail = new ByteArrayOutputStream();
						tail.write(buffer, i + 1, read - i - 1);
						return ranges(tailOf(sheet, tail));
					}
				}
			}
			return List.of();
		}
	}

	private static String tailOf(InputStream sheet, ByteArrayOutputStream tail) throws IOException {
		byte[] buffer = new byte[1 << 16];
		int read;
		while ((read = sheet.read(buffer)) > 0 && tail.size() < MAX_TAIL) {
			tail.write(buffer, 0, read);
		}
		return tail.toString(StandardCharsets.UTF_8);
	}

	private static List<SheetRows.MergedRange> ranges(String tail) {
		List<SheetRows.MergedRange> ranges = new ArrayList<>();
		Matcher merge = MERGE.matcher(tail);
		while (merge.find()) {
			String first = merge.group(1);
			String last = merge.group(2) == null ? first : merge.group(2);
			ranges.add(new SheetRows.MergedRange(CellText.row(first), CellText.row(last), CellText.column(first),
					CellText.column(last)));
		}
		return ranges;
	}

}
