package org.vocstat.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.vocstat.indicator.Figure;
import org.vocstat.indicator.Scope;

/**
 * Every rule for every scope of a batch, over the batch's figures and the previous
 * academic year's: a finding where a rule's condition holds. A scope is checked at the
 * rule's levels wherever the batch has figures for it; a condition that cannot be decided
 * (a figure missing, a division by zero) reports nothing.
 */
final class RuleEvaluation {

	private final Map<String, Map<String, Figure>> current;

	private final Map<String, Map<String, Figure>> previous;

	/**
	 * {@code current}: the batch's figures; {@code previous}: the previous academic
	 * year's current batch's, or none.
	 */
	RuleEvaluation(List<Figure> current, List<Figure> previous) {
		this.current = byScope(current);
		this.previous = byScope(previous);
	}

	/**
	 * The findings of {@code rules}, rule by rule, scope by scope; names from
	 * {@code names}.
	 */
	List<FindingDraft> findings(List<ReviewRule> rules, Function<Scope, String> names) {
		List<FindingDraft> findings = new ArrayList<>();
		for (ReviewRule rule : rules) {
			for (String scope : current.keySet()) {
				Scope parsed = Scope.parse(scope);
				if (!rule.scopes().contains(parsed.level())) {
					continue;
				}
				FigureValues values = reference -> figure(reference, scope).map(Figure::unrounded);
				if (rule.condition().holds(values).orElse(false)) {
					List<FigureRead> read = new ArrayList<>();
					for (Expression.Reference reference : rule.references()) {
						figure(reference, scope).ifPresent(f -> read.add(new FigureRead(reference.toString(),
								f.batchId(), f.indicator(), f.scope(), f.period(), f.value(), f.digest())));
					}
					findings.add(new FindingDraft(rule.code(), rule.level(), scope,
							rule.message().render(displayed(scope), scope, names.apply(parsed)), read));
				}
			}
		}
		return findings;
	}

	/**
	 * The values a message shows: the stored (rounded) figures, as the report prints
	 * them; the condition compares the unrounded ones.
	 */
	private FigureValues displayed(String scope) {
		return reference -> figure(reference, scope).map(Figure::value);
	}

	private Optional<Figure> figure(Expression.Reference reference, String scope) {
		Map<String, Map<String, Figure>> from = reference.previous() ? previous : current;
		return Optional.ofNullable(from.getOrDefault(scope, Map.of()).get(reference.indicator()));
	}

	private static Map<String, Map<String, Figure>> byScope(List<Figure> figures) {
		Map<String, Map<String, Figure>> byScope = new LinkedHashMap<>();
		for (Figure figure : figures) {
			byScope.computeIfAbsent(figure.scope(), s -> new HashMap<>()).put(figure.indicator(), figure);
		}
		return byScope;
	}

}
