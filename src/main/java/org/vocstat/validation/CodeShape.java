package org.vocstat.validation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a code has the shape a pattern describes. The shapes of the export contract
 * ({@code \d{6}}, {@code 36\d{8}}, {@code [GJL]\d{17}[0-9X]}, {@code [0-9A-Z-]{1,40}})
 * are checked character by character: a {@link java.util.regex.Matcher} per field cost a
 * tenth of an ingest worker's time, most of it setting the matcher up. Any pattern
 * outside that plain subset — ASCII character sets and literals, each with an optional
 * {@code {n}} or {@code {n,m}}, a varying count only on the last — is matched by
 * {@code java.util.regex} as written, so the subset can only be faster, never different.
 */
final class CodeShape {

	/**
	 * One position or run of the shape: the characters it accepts, and how many of them.
	 */
	private record Run(BitSet accepted, int min, int max) {
	}

	private final Pattern pattern;

	/**
	 * The runs of a plain shape, or null when the pattern is matched by {@link #pattern}.
	 */
	private final Run[] runs;

	private CodeShape(Pattern pattern, Run[] runs) {
		this.pattern = pattern;
		this.runs = runs;
	}

	static CodeShape of(String regex) {
		return new CodeShape(Pattern.compile(regex), plain(regex));
	}

	/**
	 * Whether the whole of {@code text} has the shape (as
	 * {@link java.util.regex.Matcher#matches}).
	 */
	boolean matches(String text) {
		if (runs == null) {
			return pattern.matcher(text).matches();
		}
		int at = 0;
		for (Run run : runs) {
			int count = 0;
			while (count < run.max() && at < text.length() && run.accepted().get(text.charAt(at))) {
				count++;
				at++;
			}
			if (count < run.min()) {
				return false;
			}
		}
		return at == text.length();
	}

	/** Whether the shape is checked without {@code java.util.regex} (for tests). */
	boolean plain() {
		return runs != null;
	}

	/**
	 * The runs of {@code regex} if it is a plain shape, else null. Greedy matching run by
	 * run is exact only when no run can give characters back to the next, hence a varying
	 * count only on the last run.
	 */
	private static Run[] plain(String regex) {
		List<Run> runs = new ArrayList<>();
		int at = 0;
		while (at < regex.length()) {
			BitSet accepted = new BitSet(128);
			char c = regex.charAt(at);
			if (c == '[') {
				int end = regex.indexOf(']', at + 1);
				if (end < 0 || !set(regex.substring(at + 1, end), accepted)) {
					return null;
				}
				at = end + 1;
			}
			else if (c == '\\' && at + 1 < regex.length() && regex.charAt(at + 1) == 'd') {
				accepted.set('0', '9' + 1);
				at += 2;
			}
			else if (isLiteral(c)) {
				accepted.set(c);
				at++;
			}
			else {
				return null;
			}
			int min = 1;
			int max = 1;
			if (at < regex.length() && regex.charAt(at) == '{') {
				int end = regex.indexOf('}', at);
				if (end < 0) {
					return null;
				}
				String[] bounds = regex.substring(at + 1, end).split(",", -1);
				if (bounds.length > 2 || !bounds[0].matches("\\d{1,4}")
						|| (bounds.length == 2 && !bounds[1].matches("\\d{1,4}"))) {
					return null;
				}
				min = Integer.parseInt(bounds[0]);
				max = bounds.length == 2 ? Integer.parseInt(bounds[1]) : min;
				if (max < min) {
					return null;
				}
				at = end + 1;
			}
			if (!runs.isEmpty() && runs.get(runs.size() - 1).min() != runs.get(runs.size() - 1).max()) {
				return null;
			}
			runs.add(new Run(accepted, min, max));
		}
		return runs.toArray(Run[]::new);
	}

	/**
	 * Fills {@code accepted} from a character class body of ASCII letters, digits, ranges
	 * and a literal '-'.
	 */
	private static boolean set(String body, BitSet accepted) {
		if (body.isEmpty() || body.charAt(0) == '^') {
			return false;
		}
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (!Character.isLetterOrDigit(c) && c != '-' || c > 127) {
				return false;
			}
			boolean range = c != '-' && i + 2 < body.length() && body.charAt(i + 1) == '-';
			if (range) {
				char to = body.charAt(i + 2);
				if (!Character.isLetterOrDigit(to) || to > 127 || to < c) {
					return false;
				}
				accepted.set(c, to + 1);
				i += 2;
			}
			else if (c == '-' && i != 0 && i != body.length() - 1) {
				// A '-' between two ranges or after a range start: leave the reading to
				// java.util.regex.
				return false;
			}
			else {
				accepted.set(c);
			}
		}
		return true;
	}

	private static boolean isLiteral(char c) {
		return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

}
