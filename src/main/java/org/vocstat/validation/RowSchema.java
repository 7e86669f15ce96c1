package org.vocstat.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The contract of one export file as data: its columns in staging order, the columns that
 * identify a row within the file (a later row with the same key is a duplicate; with
 * none, a later identical line is), and its cross-field checks.
 */
public record RowSchema(String stagingTable, List<Column> columns, List<String> keyColumns, List<RowCheck> checks) {

	/**
	 * A header names one column: the checks look values up by header. A key names
	 * required columns only: duplicates are found by equality in SQL, under which an
	 * empty (null) key would match nothing, not even itself.
	 */
	public RowSchema {
		Set<String> headers = new HashSet<>();
		for (Column column : columns) {
			if (!headers.add(column.header())) {
				throw new IllegalArgumentException(stagingTable + ": header " + column.header() + " twice");
			}
		}
		for (String key : keyColumns) {
			if (columns.stream().noneMatch(column -> column.header().equals(key) && column.required())) {
				throw new IllegalArgumentException(stagingTable + ": key " + key + " is not a required column");
			}
		}
	}

	/** Lineage and warning columns every staging table starts with. */
	public static final List<String> LINEAGE_COLUMNS = List.of("batch_id", "file_id", "line_no", "line_sha256",
			"warnings");

	/** All staging columns, lineage first, in COPY order. */
	public List<String> stagingColumns() {
		List<String> all = new ArrayList<>(LINEAGE_COLUMNS);
		columns.forEach(c -> all.addAll(c.stagingColumns()));
		return all;
	}

	/**
	 * Every value of the file's fixed vocabularies (性别, 学籍状态, …): never personal data,
	 * wherever it stands.
	 */
	public Set<String> vocabulary() {
		Set<String> all = new HashSet<>();
		columns.forEach(c -> all.addAll(c.type().vocabulary()));
		return Set.copyOf(all);
	}

	/** Canonical headers in order. */
	public List<String> headers() {
		return columns.stream().map(Column::header).toList();
	}

	/**
	 * Whether rows have no natural key, so that only an identical line (same SHA-256) is
	 * a duplicate.
	 */
	public boolean keyedByWholeLine() {
		return keyColumns.isEmpty();
	}

	/**
	 * The staging columns that hold {@link #keyColumns}, for duplicate detection in SQL:
	 * an identity or student number is compared by its keyed hash; a file without a
	 * natural key by the line's SHA-256.
	 */
	public List<String> keyStagingColumns() {
		if (keyedByWholeLine()) {
			return List.of("line_sha256");
		}
		return columns.stream()
			.filter(c -> keyColumns.contains(c.header()))
			.map(c -> c.stagingColumns()
				.stream()
				.filter(name -> name.endsWith("_hash"))
				.findFirst()
				.orElse(c.stagingColumns().get(0)))
			.toList();
	}

}
