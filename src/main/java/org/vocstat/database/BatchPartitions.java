package org.vocstat.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The per-batch partitions of the tables partitioned by batch (staging, the person
 * ledger, figures): a batch's rows are written into a table of their own, without index
 * or foreign-key triggers (and, on a server with {@code wal_level = minimal}, without WAL
 * in the transaction that creates it), then attached, which builds the key and checks the
 * foreign keys once. Each table carries a CHECK that its rows are the batch's, so that
 * attaching it needs no scan to prove it.
 */
@Component
public class BatchPartitions {

	private final JdbcClient jdbc;

	public BatchPartitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The batch's partition of {@code parent}: {@code parent_b<batch>}. */
	public static TableName partitionOf(TableName parent, long batchId) {
		return parent.suffixed("_b" + batchId);
	}

	/**
	 * Creates {@code table} like {@code parent} (defaults, constraints, storage),
	 * detached and without index, with the CHECK that its rows are the batch's, unless it
	 * exists already.
	 */
	public void build(TableName parent, TableName table, long batchId) {
		jdbc.sql(SqlTemplate
			.of("""
					CREATE TABLE IF NOT EXISTS ${table} (LIKE ${parent} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE,
					    CONSTRAINT ${check} CHECK (batch_id = ${batch}))""")
			.with("table", table)
			.with("parent", parent)
			.with("check", table.suffixed("_batch"))
			.with("batch", batchId)
			.sql()).update();
	}

	/**
	 * Creates {@code table} like {@code parent}, with its key, itself partitioned by
	 * source file: a batch's partition whose tables, one per kind of file, are
	 * {@linkplain #attach(TableName, TableName, List) attached} to it, each attach
	 * building that table's part of the key.
	 */
	public void buildByFile(TableName parent, TableName table) {
		jdbc.sql(SqlTemplate.of("""
				CREATE TABLE ${table} (LIKE ${parent} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)
				PARTITION BY LIST (file_id)""").with("table", table).with("parent", parent).sql()).update();
	}

	/**
	 * Gives {@code table}, written by CREATE TABLE AS, what attaching it to
	 * {@code parent} requires: the parent's NOT NULL columns, defaults and CHECKs, read
	 * from the catalogue so that they are the parent's own and not a copy to keep in
	 * step; then the CHECK that its rows are the batch's and the caller's {@code checks},
	 * each named after the table with its key as suffix. One statement: one scan of the
	 * table.
	 */
	public void constrain(TableName parent, TableName table, long batchId, Map<String, SqlTemplate> checks) {
		List<String> changes = new ArrayList<>(jdbc.sql("""
				SELECT format('ALTER COLUMN %I SET NOT NULL', attname) FROM pg_attribute
				WHERE attrelid = to_regclass(:parent) AND attnum > 0 AND NOT attisdropped AND attnotnull
				ORDER BY attnum""").param("parent", parent.name()).query(String.class).list());
		changes.addAll(jdbc.sql("""
				SELECT format('ALTER COLUMN %I SET DEFAULT %s', a.attname, pg_get_expr(d.adbin, d.adrelid))
				FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
				WHERE d.adrelid = to_regclass(:parent) ORDER BY a.attnum""")
			.param("parent", parent.name())
			.query(String.class)
			.list());
		changes.addAll(jdbc.sql("""
				SELECT format('ADD CONSTRAINT %I %s', conname, pg_get_constraintdef(oid)) FROM pg_constraint
				WHERE conrelid = to_regclass(:parent) AND contype = 'c' ORDER BY conname""")
			.param("parent", parent.name())
			.query(String.class)
			.list());
		changes.add(check(table, "_batch", SqlTemplate.of("batch_id = ${batch}").with("batch", batchId)));
		checks.forEach((suffix, condition) -> changes.add(check(table, suffix, condition)));
		jdbc.sql(SqlTemplate.of("ALTER TABLE ${table} ").with("table", table).sql() + String.join(", ", changes))
			.update();
	}

	private static String check(TableName table, String suffix, SqlTemplate condition) {
		return SqlTemplate.of("ADD CONSTRAINT ${name} CHECK (${condition})")
			.with("name", table.suffixed(suffix))
			.with("condition", condition)
			.sql();
	}

	/** Attaches {@code table} to {@code parent} as the batch's partition. */
	public void attach(TableName parent, TableName table, long batchId) {
		attach(parent, table, List.of(batchId));
	}

	/**
	 * Attaches {@code table} to {@code parent} for the partition key's {@code values} (a
	 * batch's, or its files').
	 */
	public void attach(TableName parent, TableName table, List<Long> values) {
		jdbc.sql(SqlTemplate.of("ALTER TABLE ${parent} ATTACH PARTITION ${table} FOR VALUES IN (${values})")
			.with("parent", parent)
			.with("table", table)
			.with("values", values)
			.sql()).update();
	}

	/**
	 * Makes {@code building} the batch's partition of {@code parent}: drops the partition
	 * it replaces, gives {@code building} (and each of its own partitions named after it)
	 * the partition's name, and attaches it. The drop locks {@code parent} for every
	 * reader until the transaction commits, so it comes last; only a transaction makes
	 * the swap whole.
	 */
	public TableName swap(TableName parent, long batchId, TableName building) {
		TableName partition = partitionOf(parent, batchId);
		List<String> children = jdbc.sql("""
				SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
				WHERE i.inhparent = to_regclass(:building) ORDER BY 1""")
			.param("building", building.name())
			.query(String.class)
			.list();
		drop(partition);
		rename(building, partition);
		for (String child : children) {
			if (child.startsWith(building.name())) {
				rename(new TableName(child), partition.suffixed(child.substring(building.name().length())));
			}
		}
		attach(parent, partition, batchId);
		return partition;
	}

	/**
	 * Creates the batch's partition of {@code parent}, attached and empty, unless it
	 * exists.
	 */
	public void createAttached(TableName parent, long batchId) {
		jdbc.sql(SqlTemplate.of("CREATE TABLE IF NOT EXISTS ${table} PARTITION OF ${parent} FOR VALUES IN (${batch})")
			.with("table", partitionOf(parent, batchId))
			.with("parent", parent)
			.with("batch", batchId)
			.sql()).update();
	}

	/** Drops {@code tables} that exist, with their own partitions. */
	public void drop(TableName... tables) {
		for (TableName table : tables) {
			jdbc.sql(SqlTemplate.of("DROP TABLE IF EXISTS ${table}").with("table", table).sql()).update();
		}
	}

	public boolean exists(TableName table) {
		return jdbc.sql("SELECT to_regclass(:table) IS NOT NULL")
			.param("table", table.name())
			.query(Boolean.class)
			.single();
	}

	/** Whether {@code table}, which exists, is attached as a partition. */
	public boolean isAttached(TableName table) {
		return jdbc.sql("SELECT relispartition FROM pg_class WHERE oid = to_regclass(:table)")
			.param("table", table.name())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Every table of the current schema that holds rows of the batch only: its partition
	 * of each table partitioned by {@code batch_id} (staging, the person ledger,
	 * figures), attached or not, and any table a failed load left building for one
	 * ({@code <partition>_new}, …). Their own partitions go with them when dropped.
	 */
	public List<TableName> ofBatch(long batchId) {
		List<String> parents = jdbc.sql("""
				SELECT c.relname FROM pg_partitioned_table p
				JOIN pg_class c ON c.oid = p.partrelid
				JOIN pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = p.partattrs[0]
				WHERE a.attname = 'batch_id' AND NOT c.relispartition
				  AND c.relnamespace = current_schema()::regnamespace""").query(String.class).list();
		List<TableName> tables = new ArrayList<>();
		for (String parent : parents) {
			String partition = partitionOf(new TableName(parent), batchId).name();
			tables.addAll(jdbc
				.sql("""
						SELECT c.relname FROM pg_class c
						WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
						  AND (c.relname = :partition OR c.relname LIKE :building)
						  AND NOT (c.relispartition AND EXISTS (SELECT 1 FROM pg_inherits i
						           JOIN pg_class p ON p.oid = i.inhparent WHERE i.inhrelid = c.oid AND p.relname <> :parent))
						ORDER BY c.relname""")
				.param("partition", partition)
				.param("building", partition.replace("_", "\\_") + "\\_%")
				.param("parent", parent)
				.query(String.class)
				.list()
				.stream()
				.map(TableName::new)
				.toList());
		}
		return tables;
	}

	/** Bytes on disk of {@code table} with its indexes, TOAST and partitions. */
	public long bytes(TableName table) {
		return jdbc.sql("""
				SELECT coalesce(sum(pg_total_relation_size(relid)), 0) FROM pg_partition_tree(to_regclass(:table))""")
			.param("table", table.name())
			.query(Long.class)
			.single();
	}

	private void rename(TableName from, TableName to) {
		jdbc.sql(SqlTemplate.of("ALTER TABLE ${from} RENAME TO ${to}").with("from", from).with("to", to).sql())
			.update();
	}

}
