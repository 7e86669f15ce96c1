package org.vocstat.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The documented canonical rendering of a spreadsheet row, the text its line SHA-256 is
 * taken of: the cell texts as one RFC 4180 CSV record in UTF-8, comma-separated, with no
 * final line break; a cell is quoted only when it holds a comma, a double quote, a CR or
 * a LF, and a quote inside it is doubled. An auditor can rebuild it from the workbook
 * alone (docs/export-contract.md).
 */
final class CanonicalRow {

	private CanonicalRow() {
	}

	static String render(String[] cells) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			String cell = cells[i];
			if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\r') >= 0
					|| cell.indexOf('\n') >= 0) {
				out.append('"').append(cell.replace("\"", "\"\"")).append('"');
			}
			else {
				out.append(cell);
			}
		}
		return out.toString();
	}

	static byte[] sha256(String rendering, MessageDigest digest) {
		return digest.digest(rendering.getBytes(StandardCharsets.UTF_8));
	}

}
