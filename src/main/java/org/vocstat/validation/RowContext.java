package org.vocstat.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The row being validated: its typed values so far, by header, and what was found wrong with it. */
public final class RowContext {

	private final ValidationContext batch;

	private final Map<String, Object> values;

	private final List<Finding> findings = new ArrayList<>();

	public RowContext(ValidationContext batch) {
		this(batch, 16);
	}

	/** A row of {@code columns} columns: sized so that filling it never rehashes (a tenth of validation, unsized). */
	RowContext(ValidationContext batch, int columns) {
		this.batch = batch;
		this.values = new HashMap<>(columns * 4 / 3 + 1);
	}

	public ValidationContext batch() {
		return batch;
	}

	public Object value(String header) {
		return values.get(header);
	}

	void put(String header, Object value) {
		values.put(header, value);
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
