package org.vocstat.publication;

import java.time.Instant;

/**
 * A published edition: a region's figures of an academic year as they were published,
 * from which batch, with which catalogue, by whom and when, the edition it corrects, the
 * override reason if the review gate was overridden, and the hash of the audit entry that
 * records it.
 */
public record Edition(long editionId, String title, String region, String period, long batchId, Long replaces,
		String catalogueFingerprint, String contentDigest, String publishedBy, Instant publishedAt,
		String overrideReason, String chainHead) {
}
