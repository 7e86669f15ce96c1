package org.vocstat.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A finding as evaluated, before it is stored. */
record FindingDraft(String ruleCode, FindingLevel level, String scope, String message, List<FigureRead> figures) {

	/**
	 * SHA-256 of what the rule read, reference by reference, value by value (not the
	 * figures' batches or digests): a later batch whose figures have the same values
	 * gives the same digest, and the explanation given for it still holds.
	 */
	String valuesDigest() {
		StringBuilder text = new StringBuilder(ruleCode).append('|').append(scope);
		for (FigureRead figure : figures) {
			text.append('|')
				.append(figure.reference())
				.append('=')
				.append(figure.value().stripTrailingZeros().toPlainString());
		}
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
