package org.vocstat.validation;

import java.util.Set;

import org.vocstat.reference.RegionLevel;

/**
 * A school's 隶属区划代码: six digits, a code of the 区划 reference (otherwise its level cannot
 * be told: {@code 330499} is shaped like a county of 嘉兴, but GB/T 2260 has none), and
 * within the batch's region (a province batch takes its cities', counties' and its own 省属
 * schools; a city batch not another city's).
 */
public final class AdminCodeField implements FieldType {

	private static final FieldType SHAPE = Fields.code("\\d{6}", "a 6-digit 区划代码");

	@Override
	public Object read(String text, String column, RowContext row) {
		Object value = SHAPE.read(text, column, row);
		if (value == null) {
			return null;
		}
		String admin = value.toString();
		Set<String> known = row.batch().regionCodes();
		if (known != null && !known.contains(admin)) {
			row.reject(Rule.REGION_UNKNOWN, column,
					row.shown(admin) + " is not a 区划代码 of GB/T 2260 (the 区划 reference)");
			return null;
		}
		if (!RegionLevel.within(admin, row.batch().region())) {
			row.reject(Rule.REGION_OUTSIDE, column,
					row.shown(admin) + " lies outside this batch's region " + row.batch().region());
			return null;
		}
		return value;
	}

}
