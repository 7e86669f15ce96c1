package org.vocstat.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the condition language of {@code review-rules.csv}:
 *
 * <pre>
 * condition  = conjunction { "or" conjunction }
 * conjunction = comparison { "and" comparison }
 * comparison = expression ( "&gt;" | "&gt;=" | "&lt;" | "&lt;=" | "=" | "&lt;&gt;" ) expression | "(" condition ")"
 * expression = term { ( "+" | "-" ) term }
 * term       = factor { ( "*" | "/" ) factor }
 * factor     = number | code | "prev(" code ")" | "abs(" expression ")" | "-" factor | "(" expression ")"
 * </pre>
 *
 * A code is an indicator's ({@code enrolment.in_school}). Nothing else is accepted: no
 * SQL, no functions beyond {@code prev} and {@code abs}. A mistake is an
 * {@link IllegalArgumentException} naming its column.
 */
final class ConditionParser {

	private static final Pattern TOKEN = Pattern
		.compile("\\s*(?:(\\d+(?:\\.\\d+)?)|([a-z_][a-z0-9_]*(?:\\.[a-z0-9_]+)*)|(>=|<=|<>|[-+*/()<>=]))");

	private final String text;

	private final List<String> tokens = new ArrayList<>();

	private final List<Integer> columns = new ArrayList<>();

	private int next;

	private ConditionParser(String text) {
		this.text = text;
		Matcher matcher = TOKEN.matcher(text);
		int at = 0;
		while (at < text.length()) {
			if (text.substring(at).isBlank()) {
				break;
			}
			if (!matcher.find(at) || matcher.start() != at) {
				throw new IllegalArgumentException("column " + (at + 1) + ": unexpected '" + text.substring(at).strip()
						+ "' (a condition has numbers, indicator codes, prev(), abs(), + - * /, comparisons, and, or)");
			}
			tokens.add(matcher.group().strip());
			columns.add(matcher.start() + matcher.group().indexOf(matcher.group().strip()) + 1);
			at = matcher.end();
		}
	}

	static Condition condition(String text) {
		ConditionParser parser = new ConditionParser(text);
		Condition condition = parser.disjunction();
		parser.end();
		return condition;
	}

	static Expression expression(String text) {
		ConditionParser parser = new ConditionParser(text);
		Expression expression = parser.sum();
		parser.end();
		return expression;
	}

	private void end() {
		if (next < tokens.size()) {
			throw problem("unexpected '" + tokens.get(next) + "'");
		}
	}

	private Condition disjunction() {
		List<Condition> parts = new ArrayList<>(List.of(conjunction()));
		while (accept("or")) {
			parts.add(conjunction());
		}
		return parts.size() == 1 ? parts.get(0) : new Condition.Junction(false, parts);
	}

	private Condition conjunction() {
		List<Condition> parts = new ArrayList<>(List.of(comparison()));
		while (accept("and")) {
			parts.add(comparison());
		}
		return parts.size() == 1 ? parts.get(0) : new Condition.Junction(true, parts);
	}

	private Condition comparison() {
		// "(" opens a condition when what it encloses has a comparison: look for a
		// comparison before the matching ")"; else it opens an expression.
		if (peek("(") && enclosesComparison()) {
			next++;
			Condition inner = disjunction();
			expect(")");
			return inner;
		}
		Expression left = sum();
		String operator = peekToken();
		if (operator == null || !List.of(">", ">=", "<", "<=", "=", "<>").contains(operator)) {
			throw problem("expected a comparison (> >= < <= = <>)");
		}
		next++;
		return new Condition.Comparison(left, operator, sum());
	}

	private boolean enclosesComparison() {
		int depth = 0;
		for (int i = next; i < tokens.size(); i++) {
			String token = tokens.get(i);
			if (token.equals("(")) {
				depth++;
			}
			else if (token.equals(")") && --depth == 0) {
				return false;
			}
			else if (depth == 1 && List.of(">", ">=", "<", "<=", "=", "<>", "and", "or").contains(token)) {
				return true;
			}
		}
		return false;
	}

	private Expression sum() {
		Expression left = product();
		while (peek("+") || peek("-")) {
			char operator = tokens.get(next++).charAt(0);
			left = new Expression.Binary(operator, left, product());
		}
		return left;
	}

	private Expression product() {
		Expression left = factor();
		while (peek("*") || peek("/")) {
			char operator = tokens.get(next++).charAt(0);
			left = new Expression.Binary(operator, left, factor());
		}
		return left;
	}

	private Expression factor() {
		String token = peekToken();
		if (token == null || !Character.isLetterOrDigit(token.charAt(0)) && !token.equals("-") && !token.equals("(")) {
			throw problem("expected a number, an indicator code, prev(…) or abs(…)");
		}
		if (accept("-")) {
			return new Expression.Unary("-", factor());
		}
		if (accept("(")) {
			Expression inner = sum();
			expect(")");
			return inner;
		}
		if (Character.isDigit(token.charAt(0))) {
			next++;
			return new Expression.Number(new BigDecimal(token));
		}
		if (token.equals("abs") && peekAt(next + 1, "(")) {
			next += 2;
			Expression inner = sum();
			expect(")");
			return new Expression.Unary("abs", inner);
		}
		if (token.equals("prev") && peekAt(next + 1, "(")) {
			next += 2;
			String code = code();
			expect(")");
			return new Expression.Reference(code, true);
		}
		return new Expression.Reference(code(), false);
	}

	private String code() {
		String token = peekToken();
		if (token == null || !token.contains(".") || !Character.isLetter(token.charAt(0))) {
			throw problem("expected an indicator code such as enrolment.in_school");
		}
		next++;
		return token;
	}

	private boolean peek(String token) {
		return peekAt(next, token);
	}

	private boolean peekAt(int index, String token) {
		return index < tokens.size() && tokens.get(index).equals(token);
	}

	private String peekToken() {
		return next < tokens.size() ? tokens.get(next) : null;
	}

	private boolean accept(String token) {
		if (peek(token)) {
			next++;
			return true;
		}
		return false;
	}

	private void expect(String token) {
		if (!accept(token)) {
			throw problem("expected '" + token + "'");
		}
	}

	private IllegalArgumentException problem(String what) {
		String where = next < tokens.size() ? "column " + columns.get(next) : "end of '" + text.strip() + "'";
		return new IllegalArgumentException(where + ": " + what);
	}

}
