package org.vocstat.indicator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads stored figures for the operator: a region's period, in catalogue order, optionally at one scope level. */
@Component
public class FigureQueries {

	private final IndicatorCatalog catalog;

	private final FigureStore store;

	private final Periods periods;

	private final JdbcClient jdbc;

	FigureQueries(IndicatorCatalog catalog, FigureStore store, Periods periods, JdbcClient jdbc) {
		this.catalog = catalog;
		this.store = store;
		this.periods = periods;
		this.jdbc = jdbc;
	}

	/** Figures of {@code period} from the region's current batch; {@code level} null for every scope. */
	public List<FigureLine> figures(String region, String period, ScopeLevel level) {
		long batch = periods.currentBatch(region, Periods.academicYearOf(period))
			.orElseThrow(() -> new IllegalArgumentException("no loaded batch of " + region + " carries " + period));
		Map<String, Integer> order = catalog.indicators()
			.stream()
			.collect(Collectors.toMap(Indicator::code, i -> catalog.indicators().indexOf(i)));
		Map<String, Indicator> byCode = catalog.indicators()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		return store.ofBatch(batch)
			.stream()
			.filter(f -> f.period().equals(period) && byCode.containsKey(f.indicator()))
			.filter(f -> level == null || Scope.parse(f.scope()).level() == level)
			.sorted(Comparator.comparing((Figure f) -> Scope.parse(f.scope()).level())
				.thenComparing(f -> order.get(f.indicator()))
				.thenComparing(Figure::scope))
			.map(f -> {
				Indicator indicator = byCode.get(f.indicator());
				return new FigureLine(f.indicator(), f.scope(), f.period(), f.value(), indicator.unit(), f.numerator(),
						f.denominator(), f.batchId(), indicator.displayed(f.value()), indicator.nameZh());
			})
			.toList();
	}

	/** The region a command means: given, or the city of a city scope, or the only region loaded. */
	public String region(String given, Scope scope) {
		if (given != null) {
			return given;
		}
		if (scope != null && scope.level() == ScopeLevel.city) {
			return scope.code();
		}
		List<String> regions = jdbc.sql("SELECT DISTINCT region FROM current_batch ORDER BY 1").query(String.class).list();
		if (regions.size() != 1) {
			throw new IllegalArgumentException("give --region: the warehouse holds " + (regions.isEmpty() ? "no region"
					: "regions " + String.join(", ", regions)));
		}
		return regions.get(0);
	}

}
