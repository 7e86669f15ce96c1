package org.vocstat.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.Set;

/**
 * An arithmetic expression of a review rule over the figures of one scope: numbers,
 * indicator codes (this batch's figure), {@code prev(code)} (the previous academic year's
 * figure), {@code + - * /}, unary minus and {@code abs(…)}. It has no other operations,
 * so a rules file can read figures but never run anything else. Its value is empty when a
 * figure it reads is missing or it divides by zero: the rule then does not apply.
 */
sealed interface Expression {

	MathContext EXACT = MathContext.DECIMAL128;

	Optional<BigDecimal> value(FigureValues figures);

	/** Adds the figures this expression reads to {@code references}. */
	void references(Set<Reference> references);

	/** A literal number. */
	record Number(BigDecimal number) implements Expression {

		@Override
		public Optional<BigDecimal> value(FigureValues figures) {
			return Optional.of(number);
		}

		@Override
		public void references(Set<Reference> references) {
		}

	}

	/** A figure of the scope: this batch's, or the previous academic year's. */
	record Reference(String indicator, boolean previous) implements Expression {

		@Override
		public Optional<BigDecimal> value(FigureValues figures) {
			return figures.value(this);
		}

		@Override
		public void references(Set<Reference> references) {
			references.add(this);
		}

		@Override
		public String toString() {
			return previous ? "prev(" + indicator + ")" : indicator;
		}

	}

	/** {@code -x} or {@code abs(x)}. */
	record Unary(String function, Expression operand) implements Expression {

		@Override
		public Optional<BigDecimal> value(FigureValues figures) {
			return operand.value(figures).map(v -> function.equals("abs") ? v.abs() : v.negate());
		}

		@Override
		public void references(Set<Reference> references) {
			operand.references(references);
		}

	}

	/** {@code left op right} for {@code + - * /}. */
	record Binary(char operator, Expression left, Expression right) implements Expression {

		@Override
		public Optional<BigDecimal> value(FigureValues figures) {
			Optional<BigDecimal> l = left.value(figures);
			Optional<BigDecimal> r = right.value(figures);
			if (l.isEmpty() || r.isEmpty()) {
				return Optional.empty();
			}
			BigDecimal a = l.get();
			BigDecimal b = r.get();
			return switch (operator) {
				case '+' -> Optional.of(a.add(b, EXACT));
				case '-' -> Optional.of(a.subtract(b, EXACT));
				case '*' -> Optional.of(a.multiply(b, EXACT));
				default -> b.signum() == 0 ? Optional.empty() : Optional.of(a.divide(b, EXACT));
			};
		}

		@Override
		public void references(Set<Reference> references) {
			left.references(references);
			right.references(references);
		}

	}

}
