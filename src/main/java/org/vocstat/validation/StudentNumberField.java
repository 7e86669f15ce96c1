package org.vocstat.validation;

import java.util.List;

import org.vocstat.person.Masking;

/**
 * A student number (学籍号, 学号). An sms 学籍号 is often {@code G} + the resident ID, so it is
 * personal data: only its keyed hash (for keys and duplicates) and a masked form are
 * staged.
 */
public final class StudentNumberField implements FieldType {

	private final CodeShape pattern;

	private final String description;

	public StudentNumberField(String pattern, String description) {
		this.pattern = CodeShape.of(pattern);
		this.description = description;
	}

	@Override
	public Object read(String text, String column, RowContext row) {
		String folded = Fields.halfWidth(text).toUpperCase();
		String masked = Masking.maskStudentNumber(folded);
		if (!pattern.matches(folded)) {
			row.reject(Rule.CODE_FORMAT, column, "'" + masked + "' is not " + description);
			return null;
		}
		return new String[] { row.batch().hasher().hashText(folded), masked };
	}

	@Override
	public void stage(Object value, List<Object> out) {
		String[] pair = (String[]) value;
		out.add(pair == null ? null : pair[0]);
		out.add(pair == null ? null : pair[1]);
	}

	@Override
	public int width() {
		return 2;
	}

}
