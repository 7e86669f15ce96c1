package org.vocstat.publication;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.vocstat.indicator.Figure;

/**
 * The digest of an edition's content: its batches, the catalogue's fingerprint and every
 * figure with its value, numerator, denominator and source-row digest. Publishing the
 * same content twice is recognised by it, and a figure altered after publication no
 * longer gives it.
 */
final class EditionContent {

	private static final Comparator<Figure> ORDER = Comparator.comparingLong(Figure::batchId)
		.thenComparing(Figure::indicator)
		.thenComparing(Figure::scope)
		.thenComparing(Figure::period);

	private EditionContent() {
	}

	static String digest(List<Long> batches, String catalogueFingerprint, List<Figure> figures) {
		StringBuilder text = new StringBuilder("batches:");
		batches.stream().sorted().forEach(batch -> text.append(batch).append(','));
		text.append("\ncatalogue:").append(catalogueFingerprint).append('\n');
		figures.stream()
			.sorted(ORDER)
			.forEach(f -> text.append(f.batchId())
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
		return sha256(text.toString());
	}

	private static String plain(BigDecimal value) {
		return value == null ? "-" : value.stripTrailingZeros().toPlainString();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
