package org.vocstat.validation;

import java.time.LocalDate;
import java.util.List;

/**
 * A birth date (or month), read and checked as a date (the check against the ID compares
 * all eight digits) but staged as the first day of its month, and quoted in messages as
 * {@link org.vocstat.person.BirthMasking#maskBirth} shows it
 * ({@code '2007-07-**' is not a month}): beside the area code a masked ID shows, the day
 * would narrow the ID to a few hundred candidates (docs/personal-data.md).
 */
record BirthDateField(FieldType date) implements FieldType {

	@Override
	public Object read(String text, String column, RowContext row) {
		return row.quotingBirth(() -> date.read(text, column, row));
	}

	@Override
	public void stage(Object value, List<Object> out) {
		out.add(value == null ? null : ((LocalDate) value).withDayOfMonth(1));
	}

}
