package org.vocstat.indicator;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.vocstat.delivery.Reason;

/**
 * Traces a stored figure with the same definition that computed it: lists the rows each
 * of its measures selects for the figure's scope and recomputes the digest from them.
 */
@Component
public class Tracer {

	private final IndicatorCatalog catalog;

	private final MeasureQueries queries;

	private final FigureStore store;

	private final Periods periods;

	Tracer(IndicatorCatalog catalog, MeasureQueries queries, FigureStore store, Periods periods) {
		this.catalog = catalog;
		this.queries = queries;
		this.store = store;
		this.periods = periods;
	}

	/**
	 * The trace of {@code indicator} for {@code scope} and {@code period} in the region's
	 * current batch.
	 */
	public Trace trace(String indicatorCode, Scope scope, String period, String region) {
		return trace(indicatorCode, scope, period, region, true);
	}

	/**
	 * The trace without its rows ({@link SourceRows} pages or streams them): the
	 * definition, the figure and the digest check only.
	 */
	public Trace describe(String indicatorCode, Scope scope, String period, String region) {
		return trace(indicatorCode, scope, period, region, false);
	}

	private Trace trace(String indicatorCode, Scope scope, String period, String region, boolean withRows) {
		return trace(figure(indicatorCode, scope, period, region), withRows, true);
	}

	/**
	 * The stored figure, without its trace: a download of its rows need not first read
	 * them all once more for the digest check.
	 */
	public Figure figure(String indicatorCode, Scope scope, String period, String region) {
		catalog.indicator(indicatorCode)
			.orElseThrow(() -> new Reason.BadArgumentException("indicator.unknown", indicatorCode,
					String.join(", ", catalog.nearest(indicatorCode, 3))));
		long batchId = periods.currentBatchOrExplain(region, period);
		return store.find(batchId, indicatorCode, scope.toString(), period)
			.orElseThrow(() -> new Reason.BadArgumentException("indicator.not-computed", indicatorCode,
					scope.toString(), period));
	}

	/**
	 * The trace of {@code figure}, stored or frozen in an edition, to the rows of the
	 * batch it came from; the trace is unchanged if they still give its digest.
	 */
	public Trace trace(Figure figure) {
		return trace(figure, true, true);
	}

	/**
	 * The trace of {@code figure} without its rows ({@link SourceRows} pages or counts
	 * them): the definition and the digest check only.
	 */
	public Trace describe(Figure figure) {
		return trace(figure, false, true);
	}

	/**
	 * The definition of {@code figure} in words and SQL, without its rows and without the
	 * digest check ({@link Trace#checked()} is false): the check reads every contributing
	 * row, which a page can ask for after its first byte.
	 */
	public Trace define(Figure figure) {
		return trace(figure, false, false);
	}

	private Trace trace(Figure figure, boolean withRows, boolean check) {
		Indicator indicator = catalog.indicator(figure.indicator())
			.orElseThrow(
					() -> new IllegalArgumentException("no indicator " + figure.indicator() + " in the catalogue"));
		Scope scope = Scope.parse(figure.scope());
		long batchId = figure.batchId();
		List<String> words = new ArrayList<>();
		List<String> sql = new ArrayList<>();
		List<TraceRow> rows = new ArrayList<>();
		String digest;
		if (indicator.kind().overPreviousPeriod()) {
			Indicator base = catalog.indicator(indicator.base()).orElseThrow();
			words.add(indicator.kind() + " of " + base.code() + " against the previous academic year's current batch"
					+ (indicator.kind() == Indicator.Kind.growth ? ": (this / previous − 1) × " + indicator.multiplier()
							: ": this − previous"));
			String current = traceMeasures(base, scope, batchId, figure.period(), "current", words, sql,
					withRows ? rows : null, check);
			Figure before = store
				.find(figure.previousBatchId(), base.code(), scope.toString(), previousPeriod(figure.period()))
				.orElseThrow();
			String previous = traceMeasures(base, scope, before.batchId(), before.period(), "previous",
					new ArrayList<>(), new ArrayList<>(), withRows ? rows : null, check);
			digest = check ? FigureDigest.sha256("current:" + current + "|previous:" + previous) : null;
		}
		else {
			digest = traceMeasures(indicator, scope, batchId, figure.period(), null, words, sql, withRows ? rows : null,
					check);
		}
		return new Trace(indicator, figure, words, sql, rows, digest);
	}

	/**
	 * Lists the rows of a value or ratio figure (unless {@code rows} is null) and returns
	 * its recomputed digest (null unless {@code check}).
	 */
	private String traceMeasures(Indicator indicator, Scope scope, long batchId, String period, String fixedRole,
			List<String> words, List<String> sql, List<TraceRow> rows, boolean check) {
		StringBuilder fingerprint = new StringBuilder();
		words.add(indicator.code() + " = "
				+ (indicator.kind() == Indicator.Kind.ratio
						? "(" + String.join(" + ", indicator.numerator()) + ") / ("
								+ String.join(" + ", indicator.denominator()) + ")"
						: String.join(" + ", indicator.numerator()))
				+ " × " + indicator.multiplier().toPlainString() + ", rounded HALF_UP to " + indicator.precision()
				+ " decimals");
		for (String role : List.of("numerator", "denominator")) {
			for (String code : role.equals("numerator") ? indicator.numerator() : indicator.denominator()) {
				Measure measure = catalog.measure(code);
				words.add(role + " " + code + ": " + measure.inWords());
				sql.add("-- " + role + " " + code + "\n" + queries.valueSqlFor(measure, scope, batchId));
				if (check) {
					fingerprint.append(FigureDigest.part(role, code, queries.rowsFingerprint(measure, batchId, scope)));
				}
				if (rows != null) {
					rows.addAll(queries.rows(measure, batchId, scope, fixedRole != null ? fixedRole : role, period));
				}
			}
		}
		return check ? FigureDigest.sha256(fingerprint.toString()) : null;
	}

	private static String previousPeriod(String period) {
		return period.substring(0, 2) + (Integer.parseInt(period.substring(2)) - 1);
	}

}
