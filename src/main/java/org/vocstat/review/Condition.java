package org.vocstat.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A review rule's condition: comparisons of expressions joined by {@code and} and
 * {@code or} ({@code and} binds tighter), with parentheses. It holds ({@code true}) when
 * the figures look wrong; it is empty when it cannot be decided (a figure missing, a
 * division by zero), and the rule then reports nothing for the scope.
 */
sealed interface Condition {

	Optional<Boolean> holds(FigureValues figures);

	void references(Set<Expression.Reference> references);

	/** {@code left op right}, op one of {@code > >= < <= = <>}. */
	record Comparison(Expression left, String operator, Expression right) implements Condition {

		@Override
		public Optional<Boolean> holds(FigureValues figures) {
			Optional<BigDecimal> l = left.value(figures);
			Optional<BigDecimal> r = right.value(figures);
			if (l.isEmpty() || r.isEmpty()) {
				return Optional.empty();
			}
			int order = l.get().compareTo(r.get());
			return Optional.of(switch (operator) {
				case ">" -> order > 0;
				case ">=" -> order >= 0;
				case "<" -> order < 0;
				case "<=" -> order <= 0;
				case "=" -> order == 0;
				default -> order != 0;
			});
		}

		@Override
		public void references(Set<Expression.Reference> references) {
			left.references(references);
			right.references(references);
		}

	}

	/**
	 * All of {@code parts} ({@code and}) or any of them ({@code or}). Undecided parts
	 * make the whole undecided unless a decided part settles it (a false part of an
	 * {@code and}, a true part of an {@code or}).
	 */
	record Junction(boolean all, List<Condition> parts) implements Condition {

		@Override
		public Optional<Boolean> holds(FigureValues figures) {
			boolean undecided = false;
			for (Condition part : parts) {
				Optional<Boolean> holds = part.holds(figures);
				if (holds.isEmpty()) {
					undecided = true;
				}
				else if (holds.get() != all) {
					return holds;
				}
			}
			return undecided ? Optional.empty() : Optional.of(all);
		}

		@Override
		public void references(Set<Expression.Reference> references) {
			parts.forEach(part -> part.references(references));
		}

	}

}
