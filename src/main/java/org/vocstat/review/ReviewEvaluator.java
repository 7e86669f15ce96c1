package org.vocstat.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

	/** Scopes whose figures are read and evaluated together (smaller in a test). */
	private int scopesAtOnce = 2_000;

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
		Optional<Long> previous = periods.currentBatch(period.region(), period.academicYear() - 1);
		ScopeNames.Namer namer = names.of(batchId);
		List<ReviewRule> evaluated = rules.rules();
		Set<String> indicators = evaluated.stream()
			.flatMap(rule -> rule.references().stream())
			.map(Expression.Reference::indicator)
			.collect(Collectors.toSet());
		// A rule reads figures of one scope, this year's and last: the scopes are read a
		// slice at a time, so that a nation's million figures are never held at once
		// (a load's heap is capped). Findings stay in rule order, then scope order.
		Map<String, List<FindingDraft>> byRule = new LinkedHashMap<>();
		evaluated.forEach(rule -> byRule.put(rule.code(), new ArrayList<>()));
		List<String> scopes = figures.scopes(batchId).stream().sorted().toList();
		for (int from = 0; from < scopes.size(); from += scopesAtOnce) {
			List<String> slice = scopes.subList(from, Math.min(scopes.size(), from + scopesAtOnce));
			List<Figure> before = previous.map(b -> figures.ofScopes(b, indicators, slice)).orElse(List.of());
			new RuleEvaluation(figures.ofScopes(batchId, indicators, slice), before).findings(evaluated, namer::name)
				.forEach(finding -> byRule.get(finding.ruleCode()).add(finding));
		}
		List<FindingDraft> findings = byRule.values().stream().flatMap(List::stream).toList();
		store.replace(batchId, period.region(), period.academicYear(), rules.digest(), findings);
		log.info("review: {} findings in batch {}", findings.size(), batchId);
		return findings.size();
	}

	/** Reads the scopes {@code scopes} at a time: a test's way to cross many slices. */
	void readScopesAtOnce(int scopes) {
		this.scopesAtOnce = scopes;
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
