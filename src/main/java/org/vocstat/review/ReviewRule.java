package org.vocstat.review;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.vocstat.indicator.ScopeLevel;

/**
 * A review rule: its code, whether a finding must be fixed ({@code error}) or explained
 * ({@code query}), the scope levels it is checked at, the condition that flags a scope
 * and the message that says why.
 */
record ReviewRule(String code, FindingLevel level, Set<ScopeLevel> scopes, String conditionText, Condition condition,
		MessageTemplate message) {

	/**
	 * Every figure the rule reads, in a stable order: what a finding records and what its
	 * explanation is tied to.
	 */
	List<Expression.Reference> references() {
		Set<Expression.Reference> references = new LinkedHashSet<>();
		condition.references(references);
		message.references(references);
		return references.stream().sorted(Comparator.comparing(Expression.Reference::toString)).toList();
	}

}
