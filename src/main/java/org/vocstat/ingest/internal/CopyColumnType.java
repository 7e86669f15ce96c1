package org.vocstat.ingest.internal;

import java.util.Locale;

/**
 * How a column's values are written in COPY's binary format, by the column's PostgreSQL
 * type. Only the types the staging tables use are here; any other type stops the load
 * before a row is sent, rather than send bytes the server would read as something else.
 */
enum CopyColumnType {

	INT8("bigint"), INT4("integer"), INT2("smallint"), NUMERIC("numeric"), DATE("date"), BOOL("boolean"),
	BYTEA("bytea"), TEXT("text"), TEXT_ARRAY("text[]");

	private final String sqlName;

	CopyColumnType(String sqlName) {
		this.sqlName = sqlName;
	}

	/**
	 * The type as SQL spells it, for messages (char(n) and varchar(n) columns are sent,
	 * and shown, as text).
	 */
	String sqlName() {
		return sqlName;
	}

	/**
	 * The binary form of a column of PostgreSQL type {@code typname} (as in
	 * {@code pg_type.typname}).
	 */
	static CopyColumnType of(String column, String typname) {
		return switch (typname.toLowerCase(Locale.ROOT)) {
			case "int8" -> INT8;
			case "int4" -> INT4;
			case "int2" -> INT2;
			case "numeric" -> NUMERIC;
			case "date" -> DATE;
			case "bool" -> BOOL;
			case "bytea" -> BYTEA;
			// char(n) and varchar(n) receive the same bytes as text and apply their
			// length like text input does.
			case "text", "bpchar", "varchar" -> TEXT;
			case "_text" -> TEXT_ARRAY;
			default -> throw new IllegalStateException(
					"staging column " + column + " has type " + typname + ", which binary COPY does not handle here");
		};
	}

}
