package org.vocstat.validation;

import java.util.Map;
import java.util.Set;

/**
 * A field that takes one of a fixed list of values, each read as its own typed value; its
 * values are never personal data, so a quarantined row shows them unmasked wherever they
 * stand.
 *
 * @param values each accepted text and the value it is read as
 * @param folded whether the text is compared after full-width folding and upper-casing
 * @param expected what a finding says the field should hold
 */
record VocabularyField(Map<String, Object> values, boolean folded, String expected) implements FieldType {

	@Override
	public Object read(String text, String column, RowContext row) {
		Object value = values.get(folded ? Fields.halfWidth(text).toUpperCase() : text);
		if (value == null) {
			row.reject(Rule.ENUM, column, row.shown(text) + " is not " + expected);
		}
		return value;
	}

	@Override
	public Set<String> vocabulary() {
		return values.keySet();
	}

}
