package org.vocstat.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.vocstat.indicator.DigestRecomputation;
import org.vocstat.indicator.Figure;
import org.vocstat.trail.AuditEntry;
import org.vocstat.trail.AuditTrail;
import org.vocstat.trail.ChainCheck;

/**
 * {@code vocstat audit verify}: recomputes the audit chain, then checks every edition:
 * its figures still give the content digest it was published with, that digest is the one
 * its publication entry in the chain names, and each figure's source-row digest still
 * follows from the rows of its batch. The first thing that fails is named.
 */
@Component
public class Verification {

	private final AuditTrail trail;

	private final Editions editions;

	private final Retention retention;

	private final DigestRecomputation digests;

	Verification(AuditTrail trail, Editions editions, Retention retention, DigestRecomputation digests) {
		this.trail = trail;
		this.editions = editions;
		this.retention = retention;
		this.digests = digests;
	}

	/** The outcome: verified counts, or the first failure. */
	public record Result(long entries, int editions, Optional<String> firstFailure) {

		public boolean verified() {
			return firstFailure.isEmpty();
		}

		/** The one line {@code audit verify} prints. */
		public String line() {
			return firstFailure.orElse("verified " + entries + " entries, " + editions + " editions");
		}

	}

	public Result verify() {
		ChainCheck chain = trail.verify();
		if (!chain.verified()) {
			return new Result(chain.entries(), 0, chain.firstFailure());
		}
		List<Edition> all = editions.all();
		Map<Long, java.time.Instant> pruned = retention.prunedAt();
		for (Edition edition : all) {
			Optional<String> failure = check(edition, pruned);
			if (failure.isPresent()) {
				return new Result(chain.entries(), 0, failure);
			}
		}
		return new Result(chain.entries(), all.size(), Optional.empty());
	}

	private Optional<String> check(Edition edition, Map<Long, java.time.Instant> pruned) {
		String name = "edition " + edition.editionId();
		List<Long> batches = editions.batches(edition.editionId());
		EditionContent frozen = new EditionContent(batches, edition.catalogueFingerprint());
		List<Figure> figures = new ArrayList<>();
		editions.forEachFigure(edition.editionId(), figure -> {
			frozen.add(figure);
			figures.add(figure);
		});
		String content = frozen.digest();
		if (!content.equals(edition.contentDigest())) {
			return Optional.of(name + ": its figures, batches or catalogue fingerprint were altered after publication "
					+ "(content digest " + content.substring(0, 16) + "…, published "
					+ edition.contentDigest().substring(0, 16) + "…)");
		}
		Optional<AuditEntry> entry = trail.withHash(edition.chainHead());
		if (entry.isEmpty() || !entry.get().objects().contains("edition:" + edition.editionId())
				|| !entry.get().objects().contains("content:" + edition.contentDigest())) {
			return Optional.of(name + ": the audit chain has no publication entry "
					+ edition.chainHead().substring(0, 16) + "… naming it with this content");
		}
		for (long batch : batches) {
			if (pruned.containsKey(batch)) {
				return Optional.of(name + ": batch " + batch + " was pruned; its figures cannot be verified");
			}
		}
		return digests.firstMismatch(figures)
			.map(m -> name + ": " + m.figure().indicator() + " " + m.figure().scope() + " " + m.figure().period()
					+ " (batch " + m.figure().batchId() + ") no longer follows from its rows: " + m.difference());
	}

}
