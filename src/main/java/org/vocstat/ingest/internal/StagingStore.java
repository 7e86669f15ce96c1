package org.vocstat.ingest.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.database.BatchPartitions;
import org.vocstat.database.SqlMemory;
import org.vocstat.database.TableName;
import org.vocstat.database.TableStatistics;
import org.vocstat.validation.RowSchema;

/**
 * The staging tables and the quarantine table as the ingest step writes them: COPY for
 * the rows of a chunk, and set-based SQL at the end of a file. Table and column names
 * come from the file contracts, never from input.
 * <p>
 * Each staging table is partitioned by batch (V8). A file's rows go into its batch's
 * partition while it is still a table of its own ({@link BatchPartitions}), created with
 * the file's first chunk: no index is maintained row by row. When the file is done the
 * table is attached, and ATTACH builds its primary key once, from all its rows; a CHECK
 * on the batch, there from the start, spares ATTACH a scan to prove the rows belong.
 * Until then the rows are invisible through the parent table; nothing reads them there
 * before: the only reads of a batch's staging during its ingest are of the school files,
 * by the files after them, and each file is attached in the transaction of its last
 * chunk. (A file whose load stopped before V8 has an attached partition from the
 * migration and finishes in it.)
 */
public final class StagingStore {

	private static final List<String> QUARANTINE_COLUMNS = List.of("batch_id", "file_id", "line_no", "line_sha256",
			"rules", "message", "masked_row");

	private final CopyWriter copy;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final SqlMemory memory;

	private final TableStatistics statistics;

	private final BatchPartitions partitions;

	public StagingStore(DataSource dataSource, JdbcClient jdbc, SqlMemory memory, TableStatistics statistics) {
		this.dataSource = dataSource;
		this.copy = new CopyWriter(dataSource);
		this.jdbc = jdbc;
		this.memory = memory;
		this.statistics = statistics;
		this.partitions = new BatchPartitions(jdbc);
	}

	/**
	 * Creates the batch's partition of the file's staging table, detached and without
	 * index, unless an earlier execution of the step (or the V8 migration) already did.
	 * Called in the first chunk's transaction.
	 */
	void preparePartition(RowSchema schema, long batchId) {
		partitions.build(new TableName(schema.stagingTable()), partition(schema, batchId), batchId);
		requireSameColumns(schema.stagingTable(), partitionOf(schema, batchId));
	}

	/**
	 * A detached partition is out of reach of the migrations that change its staging
	 * table: one left by a load that stopped mid-file, resumed after such an upgrade,
	 * would take rows typed for the new columns. Refused here, with the column, before
	 * any row is sent.
	 */
	private void requireSameColumns(String table, String partition) {
		List<String> differing = jdbc.sql("""
				WITH parent AS (
				    SELECT attname, format_type(atttypid, atttypmod) AS type, attcollation, attnotnull FROM pg_attribute
				    WHERE attrelid = to_regclass(:table) AND attnum > 0 AND NOT attisdropped
				), part AS (
				    SELECT attname, format_type(atttypid, atttypmod) AS type, attcollation, attnotnull FROM pg_attribute
				    WHERE attrelid = to_regclass(:partition) AND attnum > 0 AND NOT attisdropped
				)
				SELECT attname FROM parent FULL JOIN part USING (attname)
				WHERE parent.type IS DISTINCT FROM part.type OR parent.attcollation IS DISTINCT FROM part.attcollation
				   OR parent.attnotnull IS DISTINCT FROM part.attnotnull
				ORDER BY attname""").param("table", table).param("partition", partition).query(String.class).list();
		if (!differing.isEmpty()) {
			throw new IllegalStateException(
					partition + " holds the rows a stopped load committed before an upgrade and no" + " longer matches "
							+ table + " (columns " + String.join(", ", differing) + "): a migration that"
							+ " changes a staging table must change its detached batch tables (stg_…_b<batch>) too");
		}
	}

	/**
	 * Opens the chunk's COPY into the file's partition; rows stream in as they are
	 * written.
	 */
	StagingCopy openStaging(RowSchema schema, long batchId) {
		return new StagingCopy(dataSource, partitionOf(schema, batchId), schema.stagingColumns());
	}

	/**
	 * The batch's partition of {@code schema}'s staging table (the name comes from the
	 * batch id, never from input).
	 */
	static String partitionOf(RowSchema schema, long batchId) {
		return partition(schema, batchId).name();
	}

	private static TableName partition(RowSchema schema, long batchId) {
		return BatchPartitions.partitionOf(new TableName(schema.stagingTable()), batchId);
	}

	/**
	 * The binary form of each staging column of {@code schema}, in COPY order, from the
	 * table's definition in the database (the migrations own the types; the file
	 * contracts only name the columns).
	 */
	List<CopyColumnType> stagingTypes(RowSchema schema) {
		String table = schema.stagingTable();
		Map<String, String> types = new HashMap<>();
		jdbc.sql("""
				SELECT a.attname, t.typname
				FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
				WHERE a.attrelid = to_regclass(:table) AND a.attnum > 0 AND NOT a.attisdropped""")
			.param("table", table)
			.query()
			.listOfRows()
			.forEach(row -> types.put((String) row.get("attname"), (String) row.get("typname")));
		if (types.isEmpty()) {
			throw new IllegalStateException("staging table " + table + " does not exist");
		}
		return schema.stagingColumns().stream().map(column -> {
			String type = types.get(column);
			if (type == null) {
				throw new IllegalStateException(table + " has no column " + column);
			}
			return CopyColumnType.of(table + "." + column, type);
		}).toList();
	}

	/** COPYs a chunk's quarantined rows, once its staging COPY has ended. */
	void copyQuarantine(byte[] quarantinedRows) {
		copy.copy("quarantine", QUARANTINE_COLUMNS, quarantinedRows);
	}

	/**
	 * Rows of the file committed to staging and to quarantine so far. Staged rows are
	 * counted in the batch's partition, attached or not; there is none if no chunk of the
	 * file has committed yet.
	 */
	long[] committed(RowSchema schema, long fileId, long batchId) {
		TableName partition = partition(schema, batchId);
		long staged = partitions.exists(partition)
				? count("SELECT count(*) FROM " + partition.quoted() + " WHERE file_id = :file", fileId) : 0;
		return new long[] { staged, count("SELECT count(*) FROM quarantine WHERE file_id = :file", fileId) };
	}

	/**
	 * Deletes what the file's committed chunks left, its staged and quarantined rows, in
	 * one statement: the file changed while it was being loaded, so none of them can be
	 * trusted.
	 */
	void discardFile(RowSchema schema, long fileId, long batchId) {
		TableName partition = partition(schema, batchId);
		String staged = partitions.exists(partition)
				? "WITH staged AS (DELETE FROM " + partition.quoted() + " WHERE file_id = :file) " : "";
		jdbc.sql(staged + "DELETE FROM quarantine WHERE file_id = :file").param("file", fileId).update();
	}

	private long count(String sql, long fileId) {
		return jdbc.sql(sql).param("file", fileId).query(Long.class).single();
	}

	/**
	 * Moves every row whose key (or, for files without a natural key, whose exact line)
	 * repeats an earlier line of the same file to quarantine (the first occurrence stays
	 * loaded), then counts what the file ended as.
	 */
	FileTotals finishFile(RowSchema schema, long fileId, long batchId) {
		String partition = partitionOf(schema, batchId);
		// For the duplicate keys' sort and the primary key ATTACH builds.
		memory.raiseForTransaction();
		// Fresh statistics, or the planner takes a table just filled with a million rows
		// for an empty one.
		statistics.analyse(List.of(partition));
		long duplicates = moveDuplicates(partition, schema, fileId);
		attach(schema, batchId);
		long[] committed = committed(schema, fileId, batchId);
		return new FileTotals(committed[0], committed[1], duplicates);
	}

	/**
	 * Attaches the batch's partition, which builds its primary key; a partition already
	 * attached (a batch staged before V8) keeps its key and stays as it is.
	 */
	private void attach(RowSchema schema, long batchId) {
		TableName partition = partition(schema, batchId);
		if (!partitions.isAttached(partition)) {
			partitions.attach(new TableName(schema.stagingTable()), partition, batchId);
		}
	}

	/**
	 * The keys that repeat are found first, by grouping the file's keys, then only their
	 * rows are read again: a file without duplicates, the usual case, is sorted once and
	 * read once, where a window would number every row. The grouping sorts: hash
	 * aggregation, which the rest of this transaction (attach and counts) does not use,
	 * is off, since its table spills at national scale (bench/performance.md). Key
	 * columns are required ({@link RowSchema}), so equality finds every repeat.
	 */
	private long moveDuplicates(String table, RowSchema schema, long fileId) {
		List<String> keys = schema.keyStagingColumns();
		String key = String.join(", ", keys);
		String sameKey = keys.stream()
			.map(column -> "s." + column + " = r." + column)
			.collect(Collectors.joining(" AND "));
		jdbc.sql("SET LOCAL enable_hashagg = off").update();
		String sql = """
				WITH repeated AS (
				    SELECT %2$s, min(line_no) AS first_line
				    FROM %1$s WHERE file_id = :file
				    GROUP BY %2$s HAVING count(*) > 1
				), moved AS (
				    DELETE FROM %1$s s USING repeated r
				    WHERE s.file_id = :file AND %3$s AND s.line_no <> r.first_line
				    RETURNING s.*, r.first_line
				)
				INSERT INTO quarantine (batch_id, file_id, line_no, line_sha256, rules, message, masked_row)
				SELECT batch_id, file_id, line_no, line_sha256, ARRAY['DUPLICATE_KEY'],
				       '%4$s' || first_line || ' [DUPLICATE_KEY]',
				       %5$s
				FROM moved""".formatted(table, key, sameKey, schema.keyedByWholeLine() ? "identical to line "
				: String.join("+", schema.keyColumns()) + ": same key as line ", maskedLine(schema));
		return jdbc.sql(sql).param("file", fileId).update();
	}

	/**
	 * SQL for a repeated row as the quarantine shows every other row: its fields in the
	 * file's column order, comma-separated, each as staged (IDs and names masked, birth
	 * dates as months), never the staging table's internal columns (hashes, ID kinds).
	 */
	private static String maskedLine(RowSchema schema) {
		return schema.columns().stream().map(column -> {
			List<String> staged = column.stagingColumns();
			String shown = staged.stream()
				.filter(name -> name.endsWith("_masked"))
				.findFirst()
				.orElse(staged.stream()
					.filter(name -> !name.endsWith("_hash") && !name.endsWith("_kind"))
					.findFirst()
					.orElse(null));
			return shown == null ? "''" : "coalesce(moved." + shown + "::text, '')";
		}).collect(Collectors.joining(" || ',' || "));
	}

}
