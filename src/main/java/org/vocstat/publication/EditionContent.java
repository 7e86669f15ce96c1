package org.vocstat.publication;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.vocstat.indicator.Figure;

/**
 * The digest of an edition's content: its batches, the catalogue's fingerprint and every
 * figure with its value, numerator, denominator and source-row digest. Publishing the
 * same content twice is recognised by it, and a figure altered after publication no
 * longer gives it. Digested a figure at a time: the digest of the text of all the lines,
 * as when they were one string.
 */
final class EditionContent {

	private final MessageDigest sha256;

	private long figures;

	/**
	 * The content of an edition of {@code batches} under the catalogue
	 * {@code catalogueFingerprint}; its figures follow, by {@link #add}, in the order of
	 * their batch, indicator, scope and period (text in Java's order).
	 */
	EditionContent(List<Long> batches, String catalogueFingerprint) {
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		StringBuilder header = new StringBuilder("batches:");
		batches.stream().sorted().forEach(batch -> header.append(batch).append(','));
		header.append("\ncatalogue:").append(catalogueFingerprint).append('\n');
		update(header);
	}

	/** The next figure (a nation's million are digested without being held). */
	void add(Figure f) {
		update(new StringBuilder().append(f.batchId())
			.append('|')
			.append(f.indicator())
			.append('|')
			.append(f.scope())
			.append('|')
			.append(f.period())
			.append('|')
			.append(plain(f.value()))
			.append('|')
			.append(plain(f.unrounded()))
			.append('|')
			.append(plain(f.numerator()))
			.append('|')
			.append(plain(f.denominator()))
			.append('|')
			.append(f.previousBatchId())
			.append('|')
			.append(f.rows())
			.append('|')
			.append(f.digest())
			.append('\n'));
		figures++;
	}

	/** How many figures were added. */
	long figures() {
		return figures;
	}

	/** The content digest (ends the digesting). */
	String digest() {
		return HexFormat.of().formatHex(sha256.digest());
	}

	private void update(CharSequence text) {
		sha256.update(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String plain(BigDecimal value) {
		return value == null ? "-" : value.stripTrailingZeros().toPlainString();
	}

}
