package org.vocstat.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Compares a published report's figures with the recomputed ones. A difference is never
 * hidden by adjusting data or definitions; it is explained: which rounding would produce
 * the published value, what numerator or denominator a published ratio implies, or, for a
 * change, which published base value it follows from.
 */
@Component
public class PublishedCheck {

	private static final MathContext EXACT = MathContext.DECIMAL128;

	private static final RoundingMode[] OTHER_ROUNDINGS = { RoundingMode.DOWN, RoundingMode.UP, RoundingMode.HALF_EVEN,
			RoundingMode.HALF_DOWN };

	private final IndicatorCatalog catalog;

	private final FigureStore store;

	private final Periods periods;

	PublishedCheck(IndicatorCatalog catalog, FigureStore store, Periods periods) {
		this.catalog = catalog;
		this.store = store;
		this.periods = periods;
	}

	public List<CheckResult> check(List<PublishedFigure> published, String region) {
		return check(published, region, FigureSource.current(periods, store));
	}

	/**
	 * Every published figure against the figures of {@code source} (a published
	 * edition's, for instance).
	 */
	public List<CheckResult> check(List<PublishedFigure> published, String region, FigureSource source) {
		Map<String, PublishedFigure> byKey = published.stream()
			.collect(
					Collectors.toMap(p -> key(p.indicator(), p.scope(), p.period()), Function.identity(), (a, b) -> a));
		List<CheckResult> results = new ArrayList<>();
		for (PublishedFigure figure : published) {
			results.add(check(figure, region, byKey, source));
		}
		return results;
	}

	private CheckResult check(PublishedFigure published, String region, Map<String, PublishedFigure> all,
			FigureSource source) {
		Optional<Indicator> indicator = catalog.indicator(published.indicator());
		Optional<Figure> figure = indicator.isEmpty() ? Optional.empty() : find(published, region, source);
		if (figure.isEmpty()) {
			String why = indicator.isEmpty() ? "no such indicator in the catalogue"
					: "no figure for this scope and period: is the batch of " + published.period() + " loaded?";
			return new CheckResult(published.indicator(), published.scope(), published.period(), published.value(), "",
					CheckResult.NOT_COMPUTED, "", null, why);
		}
		Figure computed = figure.get();
		int precision = published.precision();
		BigDecimal recomputed = computed.unrounded().setScale(precision, RoundingMode.HALF_UP);
		BigDecimal difference = published.number().subtract(recomputed);
		boolean match = difference.signum() == 0;
		return new CheckResult(published.indicator(), published.scope(), published.period(), published.value(),
				recomputed.toPlainString(), match ? CheckResult.MATCH : CheckResult.DIFFERS,
				match ? "" : difference.toPlainString(), computed.batchId(),
				match ? "" : explain(indicator.get(), computed, published, all));
	}

	private String explain(Indicator indicator, Figure computed, PublishedFigure published,
			Map<String, PublishedFigure> all) {
		List<String> reasons = new ArrayList<>();
		BigDecimal target = published.number();
		int precision = published.precision();
		for (RoundingMode mode : OTHER_ROUNDINGS) {
			if (computed.unrounded().setScale(precision, mode).compareTo(target) == 0) {
				reasons.add("a rounding difference alone explains it: the unrounded value "
						+ computed.unrounded().round(new MathContext(precision + 6)).toPlainString() + " rounded "
						+ mode + " gives " + published.value() + " (vocstat rounds HALF_UP once)");
				break;
			}
		}
		switch (indicator.kind()) {
			case ratio -> reasons.add(impliedRatioParts(indicator, computed, target, precision));
			case change, growth -> reasons.add(changeExplanation(indicator, computed, published, all));
			case value -> reasons
				.add("the published " + (indicator.multiplier().compareTo(BigDecimal.ONE) == 0 ? "total" : "value")
						+ " differs from the sum of the source rows; run vocstat trace " + indicator.code()
						+ " to list them");
		}
		return String.join("; ", reasons);
	}

	/**
	 * What numerator or denominator, with the other part as recomputed, would round to
	 * the published value.
	 */
	private static String impliedRatioParts(Indicator indicator, Figure computed, BigDecimal published, int precision) {
		BigDecimal half = BigDecimal.ONE.movePointLeft(precision).divide(BigDecimal.valueOf(2));
		BigDecimal low = published.subtract(half);
		BigDecimal high = published.add(half);
		BigDecimal scaledNumerator = computed.numerator().multiply(indicator.multiplier());
		String denominator = String.join(" + ", indicator.denominator());
		String numerator = String.join(" + ", indicator.numerator());
		StringBuilder text = new StringBuilder("published ").append(published.toPlainString()).append(" implies ");
		// published ≈ N × m / D, so D lies in (N × m / high, N × m / low]
		BigDecimal dLow = scaledNumerator.divide(high, EXACT);
		BigDecimal dHigh = low.signum() > 0 ? scaledNumerator.divide(low, EXACT) : null;
		text.append("a denominator (")
			.append(denominator)
			.append(") ")
			.append(range(dLow, dHigh))
			.append(" instead of ")
			.append(computed.denominator().stripTrailingZeros().toPlainString());
		// N lies in [low × D / m, high × D / m)
		BigDecimal nLow = low.multiply(computed.denominator()).divide(indicator.multiplier(), EXACT);
		BigDecimal nHigh = high.multiply(computed.denominator()).divide(indicator.multiplier(), EXACT);
		text.append(", or a numerator (")
			.append(numerator)
			.append(") ")
			.append(range(nLow, nHigh))
			.append(" instead of ")
			.append(computed.numerator().stripTrailingZeros().toPlainString());
		transposition(computed.denominator(), dLow, dHigh).ifPresent(d -> {
			BigDecimal gives = scaledNumerator.divide(d, EXACT).setScale(precision, RoundingMode.HALF_UP);
			text.append("; ")
				.append(d.toPlainString())
				.append(", the recomputed denominator ")
				.append(computed.denominator().toPlainString())
				.append(" with two digits swapped, gives ")
				.append(gives.toPlainString());
		});
		return text.toString();
	}

	private static String range(BigDecimal low, BigDecimal high) {
		if (high == null) {
			return "above " + low.setScale(2, RoundingMode.HALF_UP).toPlainString();
		}
		BigDecimal first = low.setScale(0, RoundingMode.CEILING);
		BigDecimal last = high.setScale(0, RoundingMode.FLOOR);
		if (first.compareTo(last) <= 0 && last.subtract(first).compareTo(BigDecimal.valueOf(5)) <= 0) {
			return first.compareTo(last) == 0 ? "of " + first.toPlainString()
					: "between " + first.toPlainString() + " and " + last.toPlainString();
		}
		return "between " + low.setScale(2, RoundingMode.HALF_UP).toPlainString() + " and "
				+ high.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/**
	 * A whole number within one of [low, high] whose digits are those of {@code actual}
	 * with two of them swapped: a transposed digit in the denominator is a common slip
	 * when a figure is typed from one table into another.
	 */
	private static Optional<BigDecimal> transposition(BigDecimal actual, BigDecimal low, BigDecimal high) {
		if (high == null || actual.stripTrailingZeros().scale() > 0) {
			return Optional.empty();
		}
		BigDecimal from = low.setScale(0, RoundingMode.FLOOR);
		BigDecimal to = high.setScale(0, RoundingMode.CEILING);
		char[] digits = actual.toBigInteger().toString().toCharArray();
		for (int i = 0; i < digits.length; i++) {
			for (int j = i + 1; j < digits.length; j++) {
				char[] swapped = digits.clone();
				swapped[i] = digits[j];
				swapped[j] = digits[i];
				BigDecimal candidate = new BigDecimal(new String(swapped));
				if (candidate.compareTo(actual) != 0 && candidate.compareTo(from) >= 0
						&& candidate.compareTo(to) <= 0) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	private String changeExplanation(Indicator indicator, Figure computed, PublishedFigure published,
			Map<String, PublishedFigure> all) {
		PublishedFigure base = all.get(key(indicator.base(), published.scope(), published.period()));
		BigDecimal previous = computed.denominator();
		if (base == null) {
			return "the change is taken of " + indicator.base()
					+ ", which is not in the published file; recomputed this " + "period "
					+ computed.numerator().round(new MathContext(8)).toPlainString() + ", previous "
					+ previous.round(new MathContext(8)).toPlainString();
		}
		BigDecimal current = base.number();
		BigDecimal fromPublishedBase = indicator.kind() == Indicator.Kind.change
				? current.subtract(previous.setScale(base.precision(), RoundingMode.HALF_UP))
				: current.divide(previous, EXACT).subtract(BigDecimal.ONE).multiply(indicator.multiplier());
		BigDecimal rounded = fromPublishedBase.setScale(published.precision(), RoundingMode.HALF_UP);
		String consistent = rounded.compareTo(published.number()) == 0 ? "it follows from the published "
				+ indicator.base() + " " + base.value()
				+ ", which itself differs from the recomputed value; the change is consistent with the report's own base figure"
				: "it does not follow from the published " + indicator.base() + " " + base.value()
						+ " either (that gives " + rounded.toPlainString() + ")";
		return consistent + "; recomputed previous period " + previous.round(new MathContext(8)).toPlainString();
	}

	private Optional<Figure> find(PublishedFigure published, String region, FigureSource source) {
		int academicYear;
		try {
			academicYear = Periods.academicYearOf(published.period());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return source.batchFor(region, academicYear)
			.flatMap(batch -> source.find(batch, published.indicator(), published.scope(), published.period()));
	}

	private static String key(String indicator, String scope, String period) {
		return indicator + "|" + scope + "|" + period;
	}

}
