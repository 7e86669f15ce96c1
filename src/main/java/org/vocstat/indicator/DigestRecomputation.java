package org.vocstat.indicator;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Recomputes the digests of figures from their batches' rows as they are now, each batch
 * measured once: a figure whose digest no longer follows from its rows was computed from
 * rows that have since changed.
 */
@Component
public class DigestRecomputation {

	private final FigureCalculator calculator;

	private final IndicatorCatalog catalog;

	DigestRecomputation(FigureCalculator calculator, IndicatorCatalog catalog) {
		this.calculator = calculator;
		this.catalog = catalog;
	}

	/**
	 * The first of {@code figures} whose stored digest differs from the one its rows give
	 * now, with the digest they give (empty when the figure is no longer computed at
	 * all).
	 */
	public Optional<Mismatch> firstMismatch(List<Figure> figures) {
		Map<Long, Map<String, String>> byBatch = new HashMap<>();
		for (Figure figure : figures) {
			Optional<String> now = recomputed(figure, byBatch);
			if (now.isEmpty() || !now.get().equals(figure.digest())) {
				return Optional.of(new Mismatch(figure, now.orElse("")));
			}
		}
		return Optional.empty();
	}

	private Optional<String> recomputed(Figure figure, Map<Long, Map<String, String>> byBatch) {
		Indicator indicator = catalog.indicator(figure.indicator()).orElse(null);
		if (indicator == null) {
			return Optional.empty();
		}
		if (!indicator.kind().overPreviousPeriod()) {
			return base(figure.batchId(), figure.indicator(), figure.scope(), figure.period(), byBatch);
		}
		if (figure.previousBatchId() == null) {
			return Optional.empty();
		}
		String previousPeriod = figure.period().substring(0, 2) + (Integer.parseInt(figure.period().substring(2)) - 1);
		Optional<String> current = base(figure.batchId(), indicator.base(), figure.scope(), figure.period(), byBatch);
		Optional<String> previous = base(figure.previousBatchId(), indicator.base(), figure.scope(), previousPeriod,
				byBatch);
		return current.isEmpty() || previous.isEmpty() ? Optional.empty()
				: Optional.of(FigureDigest.sha256("current:" + current.get() + "|previous:" + previous.get()));
	}

	private Optional<String> base(long batchId, String indicator, String scope, String period,
			Map<Long, Map<String, String>> byBatch) {
		Map<String, String> digests = byBatch.computeIfAbsent(batchId, batch -> {
			Map<String, String> measured = new LinkedHashMap<>();
			calculator.recomputeBase(batch)
				.forEach(f -> measured.put(f.indicator() + "|" + f.scope() + "|" + f.period(), f.digest()));
			return measured;
		});
		return Optional.ofNullable(digests.get(indicator + "|" + scope + "|" + period));
	}

	/** A figure whose stored digest its rows no longer give, and the digest they give. */
	public record Mismatch(Figure figure, String recomputed) {
	}

}
