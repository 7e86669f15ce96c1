package org.vocstat.review;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.vocstat.delivery.BatchPeriod;
import org.vocstat.delivery.BatchRegistry;
import org.vocstat.indicator.Figure;
import org.vocstat.indicator.FigureStore;
import org.vocstat.indicator.Periods;
import org.vocstat.indicator.ScopeNames;

/**
 * Evaluates the review rules over a batch's stored figures and the previous academic
 * year's current batch's, and stores the findings in place of the batch's earlier ones:
 * what the load job's {@code review} step runs after its indicators, on a first load, a
 * restart or a rerun alike.
 */
@Component
public class ReviewEvaluator {

	private static final Logger log = LoggerFactory.getLogger(ReviewEvaluator.class);

	private final ReviewRuleCatalog rules;

	private final FigureStore figures;

	private final Periods periods;

	private final BatchRegistry registry;

	private final ScopeNames names;

	private final FindingStore store;

	ReviewEvaluator(ReviewRuleCatalog rules, FigureStore figures, Periods periods, BatchRegistry registry,
			ScopeNames names, FindingStore store) {
		this.rules = rules;
		this.figures = figures;
		this.periods = periods;
		this.registry = registry;
		this.names = names;
		this.store = store;
	}

	/** Evaluates every rule for every scope of the batch; returns how many findings. */
	@Transactional
	public int evaluate(long batchId) {
		BatchPeriod period = registry.period(batchId);
		List<Figure> previous = periods.currentBatch(period.region(), period.academicYear() - 1)
			.map(figures::ofBatch)
			.orElse(List.of());
		ScopeNames.Namer namer = names.of(batchId);
		List<FindingDraft> findings = new RuleEvaluation(figures.ofBatch(batchId), previous).findings(rules.rules(),
				namer::name);
		store.replace(batchId, period.region(), period.academicYear(), rules.digest(), findings);
		log.info("review: {} findings in batch {}", findings.size(), batchId);
		return findings.size();
	}

	/**
	 * Evaluates the next academic year's current batch again, whose rules that read the
	 * previous year now read {@code batchId}: called when it becomes current, as its
	 * changes are.
	 */
	@Transactional
	public void refreshNextYear(long batchId) {
		BatchPeriod period = registry.period(batchId);
		periods.currentBatch(period.region(), period.academicYear() + 1)
			.filter(next -> next != batchId)
			.ifPresent(this::evaluate);
	}

}
