package org.vocstat.trail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * One entry of the audit trail: what was done ({@code action}), by whom, when, to which
 * objects ({@code batch:12}, {@code run:40}, {@code edition:3}), with a free-text detail,
 * and its place in the chain: the previous entry's hash and its own.
 */
public record AuditEntry(long seq, String action, String who, Instant at, List<String> objects, String detail,
		String previousHash, String hash) {

	/** The hash of the chain before its first entry. */
	public static final String GENESIS = "0".repeat(64);

	/**
	 * The SHA-256 over every field but the hash itself, each length-prefixed so that no
	 * two different entries give the same text.
	 */
	public String computedHash() {
		StringBuilder text = new StringBuilder();
		field(text, Long.toString(seq));
		field(text, action);
		field(text, who);
		field(text, at.toString());
		field(text, Integer.toString(objects.size()));
		objects.forEach(object -> field(text, object));
		field(text, detail);
		field(text, previousHash);
		return sha256(text.toString());
	}

	/** Whether the entry still hashes to the hash it was stored with. */
	public boolean intact() {
		return computedHash().equals(hash);
	}

	private static void field(StringBuilder text, String value) {
		text.append(value.length()).append(':').append(value).append('\n');
	}

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
