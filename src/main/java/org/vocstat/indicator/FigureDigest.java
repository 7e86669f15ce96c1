package org.vocstat.indicator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest of a figure's source rows: each measure's fingerprint, by role, hashed
 * together. The figure's step and its trace build it the same way, so a trace can tell
 * whether the rows are unchanged since the figure was computed.
 */
final class FigureDigest {

	private FigureDigest() {
	}

	/** The part one measure adds to a figure's fingerprint. */
	static String part(String role, String measure, MeasureValue value) {
		return part(role, measure, value.fingerprint());
	}

	/** The part one measure adds, from its rows' fingerprint alone. */
	static String part(String role, String measure, String fingerprint) {
		return role + ":" + measure + "=" + fingerprint + "|";
	}

	/** The SHA-256 of {@code text} (UTF-8), in hex. */
	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
