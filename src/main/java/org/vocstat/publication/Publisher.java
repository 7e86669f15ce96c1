package org.vocstat.publication;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.vocstat.delivery.Reason;
import org.vocstat.delivery.Reason.BadArgumentException;
import org.vocstat.indicator.Figure;
import org.vocstat.indicator.FigureStore;
import org.vocstat.indicator.IndicatorCatalog;
import org.vocstat.indicator.Periods;
import org.vocstat.indicator.Scope;
import org.vocstat.pipeline.LoadBusyException;
import org.vocstat.pipeline.LoadLock;
import org.vocstat.trail.AuditEntry;
import org.vocstat.trail.AuditTrail;

/**
 * Publishes a region's figures of an academic year as an edition: every figure of the
 * year's current batch (its AY and CY figures) and the region's figures of the year
 * before that the report pairs with them, frozen with the catalogue's fingerprint. It
 * holds the load lock, so no load changes the figures while they are copied; a correction
 * is a new edition that replaces the latest of the same region and period.
 */
@Component
public class Publisher {

	/** How many open findings a refusal names. */
	static final int NAMED_FINDINGS = 3;

	private final Periods periods;

	private final FigureStore store;

	private final IndicatorCatalog catalog;

	private final Editions editions;

	private final AuditTrail trail;

	private final LoadLock lock;

	private final ObjectProvider<PublicationGate> gate;

	private final TransactionTemplate transaction;

	Publisher(Periods periods, FigureStore store, IndicatorCatalog catalog, Editions editions, AuditTrail trail,
			LoadLock lock, ObjectProvider<PublicationGate> gate, PlatformTransactionManager transactions) {
		this.periods = periods;
		this.store = store;
		this.catalog = catalog;
		this.editions = editions;
		this.trail = trail;
		this.lock = lock;
		this.gate = gate;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Publishes the region's figures of {@code period} (AY) unless review findings are
	 * open and no {@code override} reason is given; an unknown region or period is an
	 * argument error.
	 */
	public PublishOutcome publish(String region, String period, String title, String by, String override) {
		if (!period.matches("AY\\d{4}")) {
			throw new BadArgumentException("publish.not-academic-year", period);
		}
		if (title == null || title.isBlank()) {
			throw new BadArgumentException("publish.no-title");
		}
		int year = Periods.academicYearOf(period);
		long batch = periods.currentBatch(region, year)
			.orElseThrow(() -> new BadArgumentException("publish.not-loaded", region, period));
		List<String> blocking = gate.getIfAvailable(() -> PublicationGate.NONE).blockingFindings(region, period);
		if (!blocking.isEmpty() && (override == null || override.isBlank())) {
			return new PublishOutcome(PublishOutcome.Kind.REFUSED, null,
					Reason.of("publish.refused", blocking.size(),
							String.join("; ", blocking.subList(0, Math.min(NAMED_FINDINGS, blocking.size())))
									+ (blocking.size() > NAMED_FINDINGS ? "; …" : "")));
		}
		try {
			return lock.run("publish", () -> publishLocked(region, period, title, by, override, blocking, batch));
		}
		catch (LoadBusyException ex) {
			return new PublishOutcome(PublishOutcome.Kind.BUSY, null, ex.reason());
		}
	}

	private PublishOutcome publishLocked(String region, String period, String title, String by, String override,
			List<String> blocking, long batch) {
		String regionScope = Scope.ofRegion(region).toString();
		String previousPeriod = "AY" + (Periods.academicYearOf(period) - 1);
		Optional<Long> previous = periods.currentBatch(region, Periods.academicYearOf(period) - 1);
		List<Long> batches = new ArrayList<>(List.of(batch));
		previous.ifPresent(batches::add);
		// A change figure reads the previous year's batch it was computed against: the
		// edition holds that batch too, so that retention keeps its rows for the trace.
		store.previousBatches(batch).stream().filter(b -> !batches.contains(b)).forEach(batches::add);
		// The figures are digested as they are read, in the content's order (batch
		// first):
		// a nation's million are never held at once.
		EditionContent digested = new EditionContent(batches, catalog.digest());
		List<Long> frozen = new ArrayList<>(List.of(batch));
		previous.ifPresent(frozen::add);
		for (long from : frozen.stream().sorted().toList()) {
			if (from == batch) {
				store.forEach(batch, null, null, digested::add);
			}
			else {
				store.forEach(from, regionScope, previousPeriod, digested::add);
			}
		}
		long figures = digested.figures();
		String content = digested.digest();
		Optional<Edition> latest = editions.latest(region, period);
		if (latest.isPresent() && latest.get().contentDigest().equals(content)) {
			return new PublishOutcome(PublishOutcome.Kind.UNCHANGED, latest.get().editionId(),
					Reason.of("publish.unchanged", Long.toString(latest.get().editionId()), region, period));
		}
		return transaction.execute(status -> {
			long id = editions.nextId();
			boolean overridden = !blocking.isEmpty();
			if (overridden) {
				trail.append("override", by, List.of("edition:" + id, "region:" + region, "period:" + period),
						override + " — open: " + String.join("; ", blocking));
			}
			List<String> objects = new ArrayList<>(List.of("edition:" + id, "region:" + region, "period:" + period));
			batches.forEach(b -> objects.add("batch:" + b));
			objects.add("content:" + content);
			AuditEntry entry = trail.append("publish", by, objects, title);
			Edition edition = new Edition(id, title, region, period, batch, latest.map(Edition::editionId).orElse(null),
					catalog.digest(), content, by, Instant.now().truncatedTo(ChronoUnit.MICROS),
					overridden ? override : null, entry.hash());
			editions.insert(edition, batches, previous.orElse(null), List.of(regionScope), previousPeriod);
			return new PublishOutcome(PublishOutcome.Kind.PUBLISHED, id, Reason.of("publish.published",
					Long.toString(id), region, period, Long.toString(figures),
					latest.map(e -> (Object) Reason.of("publish.replacing", Long.toString(e.editionId()))).orElse(""),
					overridden ? Reason.of("publish.overridden", blocking.size()) : ""));
		});
	}

}
