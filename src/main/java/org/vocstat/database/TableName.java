package org.vocstat.database;

import java.util.regex.Pattern;

/**
 * The name of a table (or constraint) that the code makes, such as a batch's partition
 * {@code stg_sms_student_b7}: DDL takes no bind parameters, so such a name is written
 * into the statement, and only through this type, which admits lowercase letters, digits
 * and underscores and writes the name quoted, as {@code format('%I')} would.
 */
public record TableName(String name) {

	/**
	 * What PostgreSQL keeps of a longer name is its first 63 bytes: longer names are
	 * refused, not cut.
	 */
	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	public TableName {
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("not a table name the code makes: " + name);
		}
	}

	/**
	 * This name followed by {@code suffix}, such as a partition's {@code _b7} or a
	 * constraint's {@code _batch}.
	 */
	public TableName suffixed(String suffix) {
		return new TableName(name + suffix);
	}

	/**
	 * The name as SQL writes an identifier, in double quotes (the pattern admits no quote
	 * to double).
	 */
	public String quoted() {
		return '"' + name + '"';
	}

	@Override
	public String toString() {
		return name;
	}

}
