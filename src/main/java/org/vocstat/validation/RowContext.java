package org.vocstat.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.vocstat.person.BirthMasking;
import org.vocstat.person.Masking;

/**
 * The row being validated: its typed values so far, by header, and what was found wrong
 * with it.
 */
public final class RowContext {

	private final ValidationContext batch;

	/**
	 * Each header's position in {@link #values}: the schema's, shared by every row of a
	 * file.
	 */
	private final Map<String, Integer> positions;

	/**
	 * The values by position. An array, not a map per row: filling a map cost a tenth of
	 * validation, even sized.
	 */
	private final Object[] values;

	private final List<Finding> findings = new ArrayList<>();

	/**
	 * The file's vocabulary: values shown in a message unmasked, since they are never
	 * personal data.
	 */
	private final Set<String> vocabulary;

	/**
	 * Whether the value being read is a birth date: {@link #shown} then hides its day.
	 */
	private boolean birth;

	RowContext(ValidationContext batch, Map<String, Integer> positions, Set<String> vocabulary) {
		this.batch = batch;
		this.positions = positions;
		this.vocabulary = vocabulary;
		this.values = new Object[positions.size()];
	}

	public ValidationContext batch() {
		return batch;
	}

	/**
	 * The typed value of the column {@code header}, or null if it is blank, invalid, not
	 * yet read or not in the row.
	 */
	public Object value(String header) {
		Integer position = positions.get(header);
		return position == null ? null : values[position];
	}

	void put(int position, Object value) {
		values[position] = value;
	}

	/**
	 * A value as a message quotes it: redacted, since a value in the wrong column may be
	 * an ID number or a name; a birth date without its day, whatever its form
	 * ({@code 2007.07.**}).
	 */
	public String shown(String text) {
		String redacted = Masking.redact(text, vocabulary::contains);
		return "'" + (birth ? BirthMasking.maskBirth(redacted) : redacted) + "'";
	}

	/**
	 * Runs {@code read} with {@link #shown} quoting as a birth date: the date and month
	 * types that read a birth column quote the text in their messages and need not know
	 * that it is one.
	 */
	<T> T quotingBirth(Supplier<T> read) {
		birth = true;
		try {
			return read.get();
		}
		finally {
			birth = false;
		}
	}

	public void reject(Rule rule, String column, String message) {
		findings.add(new Finding(rule, column, message));
	}

	public void warn(Rule rule, String column, String message) {
		findings.add(new Finding(rule, column, message));
	}

	List<Finding> findings() {
		return findings;
	}

}
