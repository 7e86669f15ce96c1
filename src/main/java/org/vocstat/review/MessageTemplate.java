package org.vocstat.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A finding's message in Chinese with the figures filled in: {@code {scope}} and
 * {@code {name}} are the scope and its name; any other {@code {…}} is an expression of
 * the condition language ({@code {enrolment.in_school}},
 * {@code {prev(enrolment.in_school)}}, {@code {abs(a - b) / b * 100}}), printed with at
 * most two decimals, or {@code ?} when a figure it reads is missing.
 */
final class MessageTemplate {

	private final List<Object> parts;

	private MessageTemplate(List<Object> parts) {
		this.parts = parts;
	}

	/** Parses {@code text}; a bad placeholder is an {@link IllegalArgumentException}. */
	static MessageTemplate parse(String text) {
		List<Object> parts = new ArrayList<>();
		int at = 0;
		while (at < text.length()) {
			int open = text.indexOf('{', at);
			if (open < 0) {
				parts.add(text.substring(at));
				break;
			}
			int close = text.indexOf('}', open);
			if (close < 0) {
				throw new IllegalArgumentException("message: '{' at character " + (open + 1) + " is never closed");
			}
			parts.add(text.substring(at, open));
			String inside = text.substring(open + 1, close).strip();
			if (inside.equals("scope") || inside.equals("name")) {
				parts.add(new Placeholder(inside));
			}
			else {
				try {
					parts.add(ConditionParser.expression(inside));
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException("message placeholder {" + inside + "}: " + ex.getMessage(), ex);
				}
			}
			at = close + 1;
		}
		return new MessageTemplate(parts);
	}

	void references(Set<Expression.Reference> references) {
		parts.stream().filter(Expression.class::isInstance).forEach(p -> ((Expression) p).references(references));
	}

	String render(FigureValues figures, String scope, String name) {
		StringBuilder message = new StringBuilder();
		for (Object part : parts) {
			if (part instanceof Expression expression) {
				message.append(expression.value(figures).map(MessageTemplate::number).orElse("?"));
			}
			else if (part instanceof Placeholder placeholder) {
				message.append(placeholder.name().equals("scope") ? scope : name);
			}
			else {
				message.append(part);
			}
		}
		return message.toString();
	}

	static String number(BigDecimal value) {
		BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
	}

	private record Placeholder(String name) {
	}

}
