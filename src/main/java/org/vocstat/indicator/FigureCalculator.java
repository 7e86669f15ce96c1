package org.vocstat.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.vocstat.database.SqlMemory;

/**
 * Computes every figure of a batch from the catalogue: each measure once for all scopes
 * (the region and every unit beneath it: provinces, cities, 隶属区划, schools), then each
 * indicator from its measures, rounded once HALF_UP; then changes and growths against the
 * previous academic year's current batch. A batch's figures are replaced whole, in one
 * transaction; the changes of the next year's batch follow when this batch becomes
 * current ({@link #refreshNextYear}).
 */
@Component
public class FigureCalculator {

	private static final Logger log = LoggerFactory.getLogger(FigureCalculator.class);

	private static final MathContext EXACT = MathContext.DECIMAL128;

	private final IndicatorCatalog catalog;

	private final MeasureQueries queries;

	private final FigureStore store;

	private final Periods periods;

	private final SqlMemory memory;

	private final TransactionTemplate ownTransaction;

	private final AsyncTaskExecutor measureExecutor;

	FigureCalculator(IndicatorCatalog catalog, MeasureQueries queries, FigureStore store, Periods periods,
			SqlMemory memory, PlatformTransactionManager transactions,
			@Qualifier(IndicatorConfiguration.MEASURE_EXECUTOR) AsyncTaskExecutor measureExecutor) {
		this.memory = memory;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.measureExecutor = measureExecutor;
		this.catalog = catalog;
		this.queries = queries;
		this.store = store;
		this.periods = periods;
	}

	/**
	 * Computes and stores the batch's figures, the changes against the previous academic
	 * year's current batch included; returns how many. They replace the batch's figures
	 * in one statement at the end, which locks the figure table until the transaction
	 * commits (see {@link FigureStore#replaceBatch}): everything is read first.
	 */
	@Transactional
	public int compute(long batchId) {
		Periods.BatchKey key = periods.keyOf(batchId);
		List<Figure> base = baseFigures(batchId, key);
		List<Figure> figures = new ArrayList<>(base);
		periods.currentBatch(key.region(), key.academicYear() - 1)
			.ifPresent(previous -> figures.addAll(changes(base, previous)));
		long started = System.nanoTime();
		store.replaceBatch(batchId, figures);
		log.info("indicators: {} figures stored in {}s", figures.size(), seconds(System.nanoTime() - started));
		return figures.size();
	}

	/**
	 * Recomputes the changes of the next academic year's current batch against
	 * {@code batchId}; called when this batch becomes current (never before, or a load
	 * that then failed would have rewired them).
	 */
	@Transactional
	public void refreshNextYear(long batchId) {
		Periods.BatchKey key = periods.keyOf(batchId);
		periods.currentBatch(key.region(), key.academicYear() + 1)
			.filter(next -> next != batchId)
			.ifPresent(next -> store.replace(next, changeIndicators(), changes(store.ofBatch(next), batchId)));
	}

	/**
	 * The batch's figures other than changes, computed from its rows as they are now and
	 * not stored: what a verification compares the stored digests with.
	 */
	List<Figure> recomputeBase(long batchId) {
		return baseFigures(batchId, periods.keyOf(batchId));
	}

	private List<Figure> baseFigures(long batchId, Periods.BatchKey key) {
		Map<String, Map<Scope, MeasureValue>> measured = measureInParallel(catalog.baseMeasuresByFact(), batchId,
				key.region());
		long started = System.nanoTime();
		Set<Scope> scopes = new LinkedHashSet<>();
		measured.values().forEach(values -> scopes.addAll(values.keySet()));
		List<Figure> figures = new ArrayList<>();
		Scope region = Scope.ofRegion(key.region());
		for (Indicator indicator : catalog.indicators()) {
			if (indicator.kind().overPreviousPeriod()) {
				continue;
			}
			for (Scope scope : scopes) {
				if (indicator.scopes().contains(scope.level())
						&& (scope.equals(region) || !filedForRegion(indicator))) {
					figureOf(indicator, scope, batchId, Periods.label(indicator.periodKind(), key.academicYear()),
							measured)
						.ifPresent(figures::add);
				}
			}
		}
		log.info("indicators: {} figures assembled in {}s", figures.size(), seconds(System.nanoTime() - started));
		return figures;
	}

	/**
	 * Each fact's measures on a connection and in a transaction of its own, as many facts
	 * at a time as the measure executor has threads
	 * ({@code vocstat.indicators.parallelism}): a fact's statements run on one core
	 * (temporary tables are never scanned by parallel workers), and the few large facts
	 * would otherwise leave the other cores idle. The batch's rows were committed by
	 * earlier steps.
	 */
	private Map<String, Map<Scope, MeasureValue>> measureInParallel(Map<String, List<Measure>> byFact, long batchId,
			String region) {
		Map<String, Map<Scope, MeasureValue>> measured = new ConcurrentHashMap<>();
		List<Future<?>> work = new ArrayList<>();
		try {
			byFact.forEach((fact, measures) -> work
				.add(measureExecutor.submit(() -> measured.putAll(ownTransaction.execute(status -> {
					memory.raiseForTransaction();
					long started = System.nanoTime();
					Map<String, Map<Scope, MeasureValue>> values = queries.allScopes(fact, measures, batchId, region);
					log.info("indicators: {} measures over {} in {}s", measures.size(), fact,
							seconds(System.nanoTime() - started));
					return values;
				})))));
			for (Future<?> done : work) {
				done.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while measures were computed", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException(ex.getCause().getMessage(), ex.getCause());
		}
		finally {
			// On failure the other facts are not waited for: their work is discarded.
			work.forEach(future -> future.cancel(true));
		}
		return measured;
	}

	private Optional<Figure> figureOf(Indicator indicator, Scope scope, long batchId, String period,
			Map<String, Map<Scope, MeasureValue>> measured) {
		StringBuilder fingerprint = new StringBuilder();
		BigDecimal numerator = total(indicator.numerator(), scope, measured, "numerator", fingerprint);
		long rows = rows(indicator.numerator(), scope, measured);
		BigDecimal denominator = null;
		BigDecimal unrounded = numerator.multiply(indicator.multiplier(), EXACT);
		if (indicator.kind() == Indicator.Kind.ratio) {
			denominator = total(indicator.denominator(), scope, measured, "denominator", fingerprint);
			rows += rows(indicator.denominator(), scope, measured);
			if (denominator.signum() == 0) {
				return Optional.empty();
			}
			unrounded = numerator.divide(denominator, EXACT).multiply(indicator.multiplier(), EXACT);
		}
		return Optional.of(new Figure(batchId, indicator.code(), scope.toString(), period, round(indicator, unrounded),
				unrounded, numerator, denominator, null, rows, FigureDigest.sha256(fingerprint.toString())));
	}

	/**
	 * Whether one of the indicator's measures is filed for the region as a whole
	 * ({@link Measure#filedForRegion}): its figure exists for the batch's region only,
	 * since no unit beneath it has a share of those rows.
	 */
	private boolean filedForRegion(Indicator indicator) {
		return Stream.concat(indicator.numerator().stream(), indicator.denominator().stream())
			.anyMatch(code -> catalog.measure(code).filedForRegion());
	}

	/**
	 * The change indicators' figures of {@code figures} (a batch's) against the figures
	 * of {@code previousBatchId}.
	 */
	private List<Figure> changes(List<Figure> figures, long previousBatchId) {
		List<Figure> changes = new ArrayList<>();
		Map<String, Figure> previous = new HashMap<>();
		store.ofBatch(previousBatchId).forEach(f -> previous.put(f.indicator() + "|" + f.scope(), f));
		for (Figure current : figures) {
			for (Indicator indicator : catalog.indicators()) {
				Figure before = previous.get(current.indicator() + "|" + current.scope());
				if (indicator.kind().overPreviousPeriod() && indicator.base().equals(current.indicator())
						&& before != null && indicator.scopes().contains(Scope.parse(current.scope()).level())) {
					changeOf(indicator, current, before).ifPresent(changes::add);
				}
			}
		}
		return changes;
	}

	private Optional<Figure> changeOf(Indicator indicator, Figure current, Figure before) {
		BigDecimal unrounded;
		if (indicator.kind() == Indicator.Kind.change) {
			unrounded = current.unrounded().subtract(before.unrounded(), EXACT).multiply(indicator.multiplier(), EXACT);
		}
		else if (before.unrounded().signum() == 0) {
			return Optional.empty();
		}
		else {
			unrounded = current.unrounded()
				.divide(before.unrounded(), EXACT)
				.subtract(BigDecimal.ONE)
				.multiply(indicator.multiplier(), EXACT);
		}
		String digest = FigureDigest.sha256("current:" + current.digest() + "|previous:" + before.digest());
		return Optional.of(new Figure(current.batchId(), indicator.code(), current.scope(), current.period(),
				round(indicator, unrounded), unrounded, current.unrounded(), before.unrounded(), before.batchId(),
				current.rows() + before.rows(), digest));
	}

	static BigDecimal round(Indicator indicator, BigDecimal unrounded) {
		return unrounded.setScale(indicator.precision(), RoundingMode.HALF_UP);
	}

	private static BigDecimal total(List<String> measures, Scope scope, Map<String, Map<Scope, MeasureValue>> measured,
			String role, StringBuilder fingerprint) {
		BigDecimal total = BigDecimal.ZERO;
		for (String code : measures) {
			MeasureValue value = measured.get(code).getOrDefault(scope, MeasureValue.EMPTY);
			fingerprint.append(FigureDigest.part(role, code, value));
			total = total.add(value.value());
		}
		return total;
	}

	private static long rows(List<String> measures, Scope scope, Map<String, Map<Scope, MeasureValue>> measured) {
		return measures.stream()
			.mapToLong(code -> measured.get(code).getOrDefault(scope, MeasureValue.EMPTY).rows())
			.sum();
	}

	/** The codes of the indicators computed against the previous period. */
	private List<String> changeIndicators() {
		return catalog.indicators().stream().filter(i -> i.kind().overPreviousPeriod()).map(Indicator::code).toList();
	}

	private static String seconds(long nanos) {
		return String.format("%.1f", nanos / 1e9);
	}

}
