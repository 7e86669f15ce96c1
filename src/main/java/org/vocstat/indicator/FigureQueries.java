package org.vocstat.indicator;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.vocstat.reference.RegionLevel;

/**
 * Reads stored figures for the operator: a region's period, in catalogue order,
 * optionally at one scope level.
 */
@Component
public class FigureQueries {

	private final IndicatorCatalog catalog;

	private final FigureStore store;

	private final Periods periods;

	private final JdbcClient jdbc;

	private final ScopeNames names;

	FigureQueries(IndicatorCatalog catalog, FigureStore store, Periods periods, JdbcClient jdbc, ScopeNames names) {
		this.names = names;
		this.catalog = catalog;
		this.store = store;
		this.periods = periods;
		this.jdbc = jdbc;
	}

	/**
	 * Figures of {@code period} from the region's current batch; {@code level} null for
	 * every scope.
	 */
	public List<FigureLine> figures(String region, String period, ScopeLevel level) {
		long batch = periods.currentBatchOrExplain(region, period);
		checkLevel(region, level);
		return lines(batch, store.ofBatch(batch), period, level);
	}

	/**
	 * One indicator's figures of {@code period} from the region's current batch at
	 * {@code level}, read alone (a figure page's breakdown).
	 */
	public List<FigureLine> figures(String region, String period, ScopeLevel level, String indicator) {
		long batch = periods.currentBatchOrExplain(region, period);
		checkLevel(region, level);
		return lines(batch, store.ofIndicator(batch, indicator, period), period, level);
	}

	/**
	 * {@code figures} of {@code batch} as lines of {@code period} at {@code level} (null
	 * for every level), in catalogue order, with their scopes' names: figures read
	 * elsewhere, such as an edition's frozen ones.
	 */
	public List<FigureLine> lines(long batch, List<Figure> figures, String period, ScopeLevel level) {
		Map<String, Integer> order = catalog.indicators()
			.stream()
			.collect(Collectors.toMap(Indicator::code, i -> catalog.indicators().indexOf(i)));
		ScopeNames.Namer namer = names.of(batch);
		Map<String, Indicator> byCode = catalog.indicators()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		return figures.stream()
			.filter(f -> f.period().equals(period) && byCode.containsKey(f.indicator()))
			.filter(f -> level == null || Scope.parse(f.scope()).level() == level)
			.sorted(Comparator.comparing((Figure f) -> Scope.parse(f.scope()).level())
				.thenComparing(f -> order.get(f.indicator()))
				.thenComparing(Figure::scope))
			.map(f -> {
				Indicator indicator = byCode.get(f.indicator());
				return new FigureLine(f.indicator(), f.scope(), f.period(), f.value(), indicator.unit(), f.numerator(),
						f.denominator(), f.batchId(), indicator.displayed(f.value()), indicator.nameZh(),
						namer.name(Scope.parse(f.scope())));
			})
			.toList();
	}

	/**
	 * Refuses a level a batch of {@code region} has no figures at: one above its region
	 * (a city batch has no province figures; the province's batch has them).
	 */
	public static void checkLevel(String region, ScopeLevel level) {
		ScopeLevel own = ScopeLevel.ofRegion(region);
		if (level != null && level.compareTo(own) < 0) {
			throw new IllegalArgumentException(
					"--scope " + level + ": " + region + " is a " + own + " region, whose batch has "
							+ String.join(", ",
									Arrays.stream(ScopeLevel.values()).skip(own.ordinal()).map(Enum::name).toList())
							+ " figures; load or name a batch of the " + level + " for " + level + " figures");
		}
	}

	/**
	 * The region a command means: given; or the loaded region a scope names (a city
	 * scope, its city's batch); or the only loaded region that holds the scope; or the
	 * only region loaded.
	 */
	public String region(String given, Scope scope) {
		if (given != null) {
			return given;
		}
		List<String> regions = jdbc.sql("SELECT DISTINCT region FROM current_batch ORDER BY 1")
			.query(String.class)
			.list();
		if (scope != null && scope.level() != ScopeLevel.school) {
			if (regions.contains(scope.code()) && ScopeLevel.ofRegion(scope.code()) == scope.level()) {
				return scope.code();
			}
			List<String> holding = regions.stream().filter(r -> RegionLevel.within(scope.code(), r)).toList();
			if (holding.size() == 1) {
				return holding.get(0);
			}
		}
		if (regions.size() != 1) {
			throw new IllegalArgumentException("give --region: the warehouse holds "
					+ (regions.isEmpty() ? "no region" : "regions " + String.join(", ", regions)));
		}
		return regions.get(0);
	}

}
