package org.vocstat.indicator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Recomputes figures from their batches' rows as they are now, each batch measured once:
 * a figure whose digest (which rows) or numerator and denominator (what they hold) no
 * longer follow from its rows was computed from rows that have since changed. The digest
 * alone covers the rows' identity (line SHA-256 and number); a value edited in place
 * without its line hash shows in the numbers.
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
	 * The first of {@code figures} whose digest, numerator or denominator differs from
	 * what its rows give now.
	 */
	public Optional<Mismatch> firstMismatch(List<Figure> figures) {
		Map<Long, Map<String, Figure>> byBatch = new HashMap<>();
		for (Figure figure : figures) {
			Optional<Figure> now = recomputed(figure, byBatch);
			if (now.isEmpty()) {
				return Optional.of(new Mismatch(figure, "its rows give no such figure now"));
			}
			if (!now.get().digest().equals(figure.digest())) {
				return Optional.of(new Mismatch(figure, "digest " + figure.digest().substring(0, 16)
						+ "…, its rows now give " + now.get().digest().substring(0, 16) + "…"));
			}
			if (!same(now.get().numerator(), figure.numerator())
					|| !same(now.get().denominator(), figure.denominator())) {
				return Optional.of(new Mismatch(figure,
						"numerator/denominator " + plain(figure.numerator()) + "/" + plain(figure.denominator())
								+ ", its rows now give " + plain(now.get().numerator()) + "/"
								+ plain(now.get().denominator())));
			}
		}
		return Optional.empty();
	}

	/**
	 * The figure as its rows give it now: for a change, the digest and the two values it
	 * compares (its numerator and denominator).
	 */
	private Optional<Figure> recomputed(Figure figure, Map<Long, Map<String, Figure>> byBatch) {
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
		Optional<Figure> current = base(figure.batchId(), indicator.base(), figure.scope(), figure.period(), byBatch);
		Optional<Figure> previous = base(figure.previousBatchId(), indicator.base(), figure.scope(), previousPeriod,
				byBatch);
		if (current.isEmpty() || previous.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Figure(figure.batchId(), figure.indicator(), figure.scope(), figure.period(),
				figure.value(), figure.unrounded(), current.get().unrounded(), previous.get().unrounded(),
				previous.get().batchId(), figure.rows(),
				FigureDigest.sha256("current:" + current.get().digest() + "|previous:" + previous.get().digest())));
	}

	private Optional<Figure> base(long batchId, String indicator, String scope, String period,
			Map<Long, Map<String, Figure>> byBatch) {
		Map<String, Figure> figures = byBatch.computeIfAbsent(batchId, batch -> {
			Map<String, Figure> measured = new LinkedHashMap<>();
			calculator.recomputeBase(batch)
				.forEach(f -> measured.put(f.indicator() + "|" + f.scope() + "|" + f.period(), f));
			return measured;
		});
		return Optional.ofNullable(figures.get(indicator + "|" + scope + "|" + period));
	}

	private static String plain(BigDecimal value) {
		return value == null ? "-" : value.stripTrailingZeros().toPlainString();
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	/** A figure its rows no longer give, and what differs. */
	public record Mismatch(Figure figure, String difference) {
	}

}
