package org.vocstat.reconciliation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.vocstat.database.BatchPartitions;
import org.vocstat.database.SqlTemplate;
import org.vocstat.database.TableName;

/**
 * Builds a batch's person ledger: every sms and tss student and graduate record, matched
 * on the keyed hash of the normalised resident ID, in exactly one class. A person's
 * records within one system are ranked (the record open at the statistics date, else the
 * latest entry, first); the first is the person's record in that system and the others
 * are {@code DUPLICATE}. Temporary and non-resident documents are {@code UNMATCHABLE}:
 * they count, but under a key of their own system, never matched. Each ledger row keeps
 * its record's line hash and masked keys, so the facts built on the ledger trace to the
 * source line without joining staging again.
 */
@Component
class PersonLedger {

	static final TableName LEDGER = new TableName("person_ledger");

	private static final SqlTemplate CLASS = SqlTemplate.resource(PersonLedger.class, "ledger-class.sql");

	private static final SqlTemplate STUDENTS = SqlTemplate.resource(PersonLedger.class, "ledger-students.sql")
		.with("class", CLASS);

	private static final SqlTemplate GRADUATES = SqlTemplate.resource(PersonLedger.class, "ledger-graduates.sql")
		.with("class", CLASS);

	/**
	 * The tables earlier versions built beside the step's transaction, on a connection of
	 * their own, and committed: a failed build could leave them behind.
	 */
	private static final List<String> EARLIER_SUFFIXES = List.of("_upper");

	private static final SqlTemplate STUDENT_ROWS = SqlTemplate.of("population = 'students'");

	private static final SqlTemplate GRADUATE_ROWS = SqlTemplate.of("population = 'graduates'");

	private final JdbcClient jdbc;

	private final BatchPartitions partitions;

	PersonLedger(JdbcClient jdbc, BatchPartitions partitions) {
		this.jdbc = jdbc;
		this.partitions = partitions;
	}

	/**
	 * Replaces the batch's ledger, its partition of {@code person_ledger}: running it
	 * twice gives the same ledger. That partition is itself partitioned by source file,
	 * into a table of the students' rows and one of the graduates', each written by
	 * CREATE TABLE AS, then given the ledger's constraints and CHECKs on the batch, its
	 * files and its population (so attaching needs no scan, and a query for one
	 * population reads one table). The two are attached to a new batch table, which
	 * builds the key, and that replaces the batch's partition last (see
	 * {@link BatchPartitions#swap}). All in the caller's transaction: a failure leaves
	 * the previous ledger as it was.
	 */
	void build(long batchId) {
		TableName building = BatchPartitions.partitionOf(LEDGER, batchId).suffixed("_new");
		TableName students = studentsOf(building);
		TableName graduates = graduatesOf(building);
		BatchDates dates = jdbc.sql(BatchDates.SQL).param("batch", batchId).query(BatchDates.class).single();
		List<Long> studentFiles = files(batchId, "sms.students", "tss.students");
		List<Long> graduateFiles = files(batchId, "sms.graduates", "tss.graduates");
		dropStrays(batchId);
		partitions.drop(building, students, graduates);
		jdbc.sql(STUDENTS.with("table", students).sql())
			.param("batch", batchId)
			.param("snapshot", dates.snapshot())
			.param("yearStarts", dates.yearStarts())
			.param("yearEnds", dates.yearEnds())
			.update();
		constrain(students, batchId, studentFiles, STUDENT_ROWS);
		jdbc.sql(GRADUATES.with("table", graduates).sql()).param("batch", batchId).update();
		constrain(graduates, batchId, graduateFiles, GRADUATE_ROWS);
		partitions.buildByFile(LEDGER, building);
		partitions.attach(building, students, studentFiles);
		partitions.attach(building, graduates, graduateFiles);
		partitions.swap(LEDGER, batchId, building);
	}

	/**
	 * The ledger's constraints and the CHECKs that the table's rows are the batch's, come
	 * from {@code files} (what its partition bounds say, so attaching it needs no scan)
	 * and are of {@code population}: a query for one population, such as the enrolment
	 * and graduate facts, then skips the other's table (constraint exclusion).
	 */
	private void constrain(TableName table, long batchId, List<Long> files, SqlTemplate population) {
		Map<String, SqlTemplate> checks = new LinkedHashMap<>();
		checks.put("_files", SqlTemplate.of("file_id IN (${files})").with("files", files));
		checks.put("_population", population);
		partitions.constrain(LEDGER, table, batchId, checks);
	}

	/** The batch's files of the given kinds. */
	private List<Long> files(long batchId, String... kinds) {
		List<Long> files = jdbc
			.sql("SELECT file_id FROM source_file WHERE batch_id = :batch AND kind IN (:kinds) ORDER BY 1")
			.param("batch", batchId)
			.param("kinds", List.of(kinds))
			.query(Long.class)
			.list();
		if (files.isEmpty()) {
			throw new IllegalStateException("batch " + batchId + " has no " + String.join(" or ", kinds) + " file");
		}
		return files;
	}

	/**
	 * The batch's statistics date and the first and last day of its academic year, as
	 * {@code dim_period} defines the year.
	 */
	record BatchDates(LocalDate snapshot, LocalDate yearStarts, LocalDate yearEnds) {

		static final String SQL = """
				SELECT b.snapshot_date AS snapshot, p.starts AS year_starts, p.ends AS year_ends
				FROM batch b JOIN dim_period p ON p.batch_id = b.batch_id AND p.kind = 'AY'
				WHERE b.batch_id = :batch""";

	}

	/** The batch's partition of the ledger. */
	static TableName partitionOf(long batchId) {
		return BatchPartitions.partitionOf(LEDGER, batchId);
	}

	/**
	 * The tables that hold the rows of the batch's ledger, as {@link #build} leaves them:
	 * the students', the graduates'.
	 */
	static List<String> tablesOf(long batchId) {
		return List.of(studentsOf(partitionOf(batchId)).name(), graduatesOf(partitionOf(batchId)).name());
	}

	private static TableName studentsOf(TableName partition) {
		return partition.suffixed("_students");
	}

	private static TableName graduatesOf(TableName partition) {
		return partition.suffixed("_graduates");
	}

	/**
	 * Drops what earlier versions could leave behind: the tables they committed on a
	 * second connection, and a table by the name of one of the partition's own that is no
	 * partition (a graduates' table committed so, left by a build that failed after
	 * reading it).
	 */
	private void dropStrays(long batchId) {
		for (String suffix : EARLIER_SUFFIXES) {
			partitions.drop(partitionOf(batchId).suffixed(suffix));
		}
		for (String table : tablesOf(batchId)) {
			TableName name = new TableName(table);
			if (partitions.exists(name) && !partitions.isAttached(name)) {
				partitions.drop(name);
			}
		}
	}

}
