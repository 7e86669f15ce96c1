package org.vocstat.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vocstat.person.ResidentId;

/**
 * Applies a {@link RowSchema} to the fields of one record: reads every column, runs the
 * cross-field checks, and returns the verdict with the values in staging order.
 */
public final class RowValidator {

	private final RowSchema schema;

	private final int[] fieldIndex;

	/**
	 * Each column's position by header, for the checks that look a value up by its
	 * header.
	 */
	private final Map<String, Integer> positions;

	private final Set<String> vocabulary;

	/**
	 * For each column, whether it may legitimately hold an ID (the ID itself, a student
	 * number that embeds one).
	 */
	private final boolean[] holdsId;

	/**
	 * @param fieldIndex for each schema column, the index of its field in the file's
	 * records (from the header), or -1 for an optional column the file does not have
	 */
	public RowValidator(RowSchema schema, int[] fieldIndex) {
		this.schema = schema;
		this.fieldIndex = fieldIndex.clone();
		Map<String, Integer> byHeader = new HashMap<>();
		for (int i = 0; i < schema.columns().size(); i++) {
			// Headers are unique (RowSchema).
			byHeader.put(schema.columns().get(i).header(), i);
		}
		this.positions = Map.copyOf(byHeader);
		this.vocabulary = schema.vocabulary();
		this.holdsId = new boolean[schema.columns().size()];
		for (int i = 0; i < holdsId.length; i++) {
			FieldType type = schema.columns().get(i).type();
			holdsId[i] = type instanceof PersonIdField || type instanceof StudentNumberField;
		}
	}

	public Verdict validate(String[] fields, ValidationContext context) {
		RowContext row = new RowContext(context, positions, vocabulary);
		List<Object> staged = new ArrayList<>(schema.columns().size() + 4);
		for (int i = 0; i < schema.columns().size(); i++) {
			Column column = schema.columns().get(i);
			String text = fieldIndex[i] < 0 ? "" : fields[fieldIndex[i]].strip();
			Object value = null;
			if (text.isEmpty()) {
				if (column.required()) {
					row.reject(Rule.REQUIRED, column.header(), "is blank");
				}
			}
			else {
				value = column.type().read(text, column.header(), row);
				if (value != null && !holdsId[i] && ResidentId.occursIn(text)) {
					// A code or text column would stage it raw (a 教师编号 that is the
					// teacher's ID): quarantined,
					// where it is masked. The message does not quote it.
					row.reject(Rule.ID_IN_FIELD, column.header(), "holds a resident ID");
					value = null;
				}
			}
			row.put(i, value);
			column.type().stage(value, staged);
		}
		schema.checks().forEach(check -> check.check(row));
		return new Verdict(staged.toArray(), List.copyOf(row.findings()));
	}

}
