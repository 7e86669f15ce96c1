package org.vocstat.validation;

import java.util.List;

/**
 * One field of an export file: its canonical header (as in {@code formats.md}), whether
 * it must be present and filled, how it is read, and the staging columns it fills.
 */
public record Column(String header, boolean required, FieldType type, List<String> stagingColumns) {

	public Column {
		if (stagingColumns.size() != type.width()) {
			throw new IllegalArgumentException(
					header + ": " + stagingColumns.size() + " staging columns for a type of width " + type.width());
		}
	}

	/** A required field staged into one column. */
	public static Column required(String header, FieldType type, String stagingColumn) {
		return new Column(header, true, type, List.of(stagingColumn));
	}

	/** An optional field (its header must still be present) staged into one column. */
	public static Column optional(String header, FieldType type, String stagingColumn) {
		return new Column(header, false, type, List.of(stagingColumn));
	}

	/** A required identity field staged as kind, hash and masked form. */
	public static Column identity(String header, String typeColumn) {
		return new Column(header, true, new PersonIdField(typeColumn), List.of("id_kind", "id_hash", "id_masked"));
	}

}
