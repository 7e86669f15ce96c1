package org.vocstat.reconciliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.vocstat.database.SqlMemory;

/**
 * Builds a batch's person ledger: every sms and tss student and graduate record, matched on the keyed hash of the
 * normalised resident ID, in exactly one class. A person's records within one system are ranked (the record open
 * at the statistics date, else the latest entry, first); the first is the person's record in that system and the
 * others are {@code DUPLICATE}. Temporary and non-resident documents are {@code UNMATCHABLE}: they count, but
 * under a key of their own system, never matched. Each ledger row keeps its record's line hash and masked keys, so
 * the facts built on the ledger trace to the source line without joining staging again.
 */
@Component
class PersonLedger {

	private static final Logger log = LoggerFactory.getLogger(PersonLedger.class);

	/** The class of a ranked record {@code r} given its counterpart {@code o} in the other system and conflicts {@code c}. */
	private static final String CLASS = """
			CASE WHEN NOT r.matchable THEN 'UNMATCHABLE'
			     WHEN r.rank > 1 THEN 'DUPLICATE'
			     WHEN o.id_hash IS NOT NULL THEN CASE WHEN cardinality(c.conflicts) > 0 THEN 'MATCHED_CONFLICT' ELSE 'MATCHED' END
			     WHEN r.system = 'tss' THEN 'TSS_ONLY'
			     WHEN r.technical THEN 'SMS_ONLY_TECHNICAL'
			     ELSE 'SMS_ONLY' END""";

	/*
	 * The ranking windows partition by id_hash first: the sort behind them then compares the hash's leading bytes
	 * (an abbreviated key) instead of tying on the system and comparing 64 characters; the sort order also serves
	 * the join on id_hash that follows. Twice as fast at a million records.
	 */

	/**
	 * Status at the statistics date: entry on or before it and not closed on or before it. A leaving status without
	 * a change date is taken as closed (the registry recorded the leaving but not when). Written by CREATE TABLE AS
	 * (see {@link #build}), so each column is cast to the ledger's type; the batch ({@code %2$d}) and its statistics
	 * date and academic year ({@code %3$s}, {@code %4$s}, {@code %5$s}, see {@link BatchDates}) are literals because
	 * CREATE TABLE AS takes no bind parameters. (With the dates in a CTE joined to every record, PostgreSQL 17 planned
	 * the statement without parallel workers; checked with EXPLAIN.) The schools are {@code %6$s}, the school master
	 * or a connection's copy of it, and only the records whose ID hash is in the range {@code %7$s} are written (see
	 * {@link HashSplit}): a person's records share their hash, so each range ranks and pairs them all.
	 */
	private static final String STUDENTS = """
			WITH rec AS (
			    SELECT 'sms'::text AS system, s.file_id, s.line_no, s.id_kind, s.id_hash, m.school_key,
			           COALESCE(m.technical, false) AS technical, s.gender,
			           s.birth_month, s.entry_month AS entry,
			           s.entry_month <= %3$s AND NOT (s.status IN ('转出', '退学', '毕业', '结业', '注销')
			               AND COALESCE(s.status_changed, s.entry_month) <= %3$s) AS open,
			           s.entry_month BETWEEN %4$s AND %5$s AS entered,
			           s.line_sha256, s.id_masked || ' ' || s.student_no_masked AS masked, s.major_code
			    FROM stg_sms_student s
			    LEFT JOIN %6$s m ON m.batch_id = %2$d AND m.sms_code = s.school_code
			    WHERE s.batch_id = %2$d
			    UNION ALL
			    SELECT 'tss', t.file_id, t.line_no, t.id_kind, t.id_hash, m.school_key, true, t.gender, t.birth_month,
			           t.entry_date,
			           t.entry_date <= %3$s AND NOT (t.status IN ('转学', '退学', '毕业', '结业')
			               AND COALESCE(t.status_changed, t.entry_date) <= %3$s),
			           t.entry_date BETWEEN %4$s AND %5$s,
			           t.line_sha256, t.id_masked || ' ' || t.student_no_masked, NULL::char(6)
			    FROM stg_tss_student t
			    LEFT JOIN %6$s m ON m.batch_id = %2$d AND m.tss_code = t.school_code
			    WHERE t.batch_id = %2$d),
			ranked AS (
			    SELECT rec.*, id_kind IN ('VALID', 'UPGRADED_LEGACY') AS matchable,
			           row_number() OVER (PARTITION BY id_hash, system ORDER BY open DESC, entry DESC, file_id, line_no) AS rank
			    FROM rec
			    WHERE %7$s),
			own AS (SELECT system, id_hash, school_key, open, birth_month, gender FROM ranked WHERE rank = 1 AND matchable)
			SELECT %2$d::bigint AS batch_id, 'students'::text AS population, r.system::text AS system,
			       r.file_id::bigint AS file_id, r.line_no::bigint AS line_no,
			       (CASE WHEN r.matchable THEN r.id_hash ELSE r.system || ':' || r.id_hash END)::text COLLATE "C" AS person_key,
			       r.school_key::text AS school_key,
			       (%1$s)::text AS class,
			       c.conflicts::text[] AS conflicts, r.open AS open_at_snapshot, r.entered AS entered_in_year,
			       NULL::text AS destination, NULL::text AS industry, r.line_sha256::bytea AS line_sha256,
			       r.masked::text AS masked, r.major_code::char(6) AS major_code
			FROM ranked r
			LEFT JOIN own o ON r.rank = 1 AND r.matchable AND o.id_hash = r.id_hash AND o.system <> r.system
			CROSS JOIN LATERAL (SELECT CASE WHEN o.id_hash IS NULL THEN '{}'::text[] ELSE array_remove(ARRAY[
			        CASE WHEN r.school_key IS DISTINCT FROM o.school_key THEN 'school' END,
			        CASE WHEN r.open <> o.open THEN 'status' END,
			        CASE WHEN r.birth_month <> o.birth_month THEN 'birth' END,
			        CASE WHEN r.gender <> o.gender THEN 'gender' END], NULL) END AS conflicts) c""";

	/**
	 * tss vocabularies mapped to sms's, so a graduate's destination means the same whichever system reports it.
	 * Written by CREATE TABLE AS on the second connection (see {@link #build}) into the graduates' partition of the
	 * batch's ledger: the batch ({@code %2$d}) is a literal, as in {@link #STUDENTS}, every column of the ledger is
	 * there, cast to its type, and the schools are that connection's copy ({@code %3$s}).
	 */
	private static final String GRADUATES = """
			WITH rec AS (
			    SELECT 'sms'::text AS system, g.file_id, g.line_no, g.id_kind, g.id_hash, m.school_key,
			           COALESCE(m.technical, false) AS technical, g.destination, g.employment_industry AS industry,
			           g.graduation_month AS graduated, g.line_sha256, g.id_masked AS masked
			    FROM stg_sms_graduate g
			    LEFT JOIN %3$s m ON m.batch_id = %2$d AND m.sms_code = g.school_code
			    WHERE g.batch_id = %2$d
			    UNION ALL
			    SELECT 'tss', g.file_id, g.line_no, g.id_kind, g.id_hash, m.school_key, true,
			           CASE g.destination WHEN '参军' THEN '参军入伍' WHEN '出国' THEN '出国出境' WHEN '其他' THEN '其他落实'
			                              WHEN '待就业' THEN '未落实' ELSE g.destination END,
			           CASE g.employment_industry WHEN '一产' THEN '第一产业' WHEN '二产' THEN '第二产业'
			                                      WHEN '三产' THEN '第三产业' END,
			           g.graduation_date, g.line_sha256, g.id_masked
			    FROM stg_tss_graduate g
			    LEFT JOIN %3$s m ON m.batch_id = %2$d AND m.tss_code = g.school_code
			    WHERE g.batch_id = %2$d),
			ranked AS (
			    SELECT rec.*, id_kind IN ('VALID', 'UPGRADED_LEGACY') AS matchable,
			           row_number() OVER (PARTITION BY id_hash, system ORDER BY graduated DESC, file_id, line_no) AS rank
			    FROM rec),
			own AS (SELECT system, id_hash, school_key, destination, industry FROM ranked WHERE rank = 1 AND matchable)
			SELECT %2$d::bigint AS batch_id, 'graduates'::text AS population, r.system::text AS system,
			       r.file_id::bigint AS file_id, r.line_no::bigint AS line_no,
			       (CASE WHEN r.matchable THEN r.id_hash ELSE r.system || ':' || r.id_hash END)::text COLLATE "C" AS person_key,
			       r.school_key::text AS school_key,
			       (%1$s)::text AS class,
			       c.conflicts::text[] AS conflicts, NULL::boolean AS open_at_snapshot, NULL::boolean AS entered_in_year,
			       r.destination::text AS destination, r.industry::text AS industry, r.line_sha256::bytea AS line_sha256,
			       r.masked::text AS masked, NULL::char(6) AS major_code
			FROM ranked r
			LEFT JOIN own o ON r.rank = 1 AND r.matchable AND o.id_hash = r.id_hash AND o.system <> r.system
			CROSS JOIN LATERAL (SELECT CASE WHEN o.id_hash IS NULL THEN '{}'::text[] ELSE array_remove(ARRAY[
			        CASE WHEN r.school_key IS DISTINCT FROM o.school_key THEN 'school' END,
			        CASE WHEN r.destination IS DISTINCT FROM o.destination
			               OR r.industry IS DISTINCT FROM o.industry THEN 'destination' END], NULL) END AS conflicts) c""";

	/** How long a failed build waits for the lock on a table of the second connection's it drops. */
	private static final String DROP_LOCK_TIMEOUT = "10s";

	private final JdbcClient jdbc;

	private final SchoolMaster schools;

	private final SqlMemory memory;

	/** A transaction of its own, beside the step's (lost once it has failed): the drops after a failure. */
	private final TransactionTemplate ownTransaction;

	private final SecondConnections secondConnections;

	PersonLedger(JdbcClient jdbc, SchoolMaster schools, SqlMemory memory, PlatformTransactionManager transactions,
			SecondConnections secondConnections) {
		this.jdbc = jdbc;
		this.schools = schools;
		this.memory = memory;
		this.secondConnections = secondConnections;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Replaces the batch's ledger, its partition of {@code person_ledger}: running it twice gives the same ledger.
	 * That partition is itself partitioned by source file, into a table of the students' rows and one of the
	 * graduates'. Each is written by CREATE TABLE AS, which PostgreSQL may run with parallel workers for the staging
	 * scans and the sort (INSERT … SELECT never is); but the window, the pairing and the writing stay in one process,
	 * so the work is divided between two connections by the records' ID hash (see {@link HashSplit}):
	 * <ul>
	 * <li>the step's connection writes the students' table with the records hashing below the boundary, then copies
	 * in the others;</li>
	 * <li>a second connection writes those others into a table of its own and commits it, so that the step's
	 * connection can read it, then writes the graduates' table, gives it its key and commits it in a second
	 * transaction.</li>
	 * </ul>
	 * The step's connection then attaches the two tables to a new batch table, which builds the students' key, and
	 * attaches that to the ledger. Each table takes the ledger's NOT NULL and CHECK constraints (ATTACH requires them)
	 * and CHECKs on the batch and on its files, which spare ATTACH a scan to prove every row belongs to it. No index
	 * while the rows are written, no per-row foreign-key trigger, and with {@code wal_level = minimal} a table's rows
	 * skip the WAL in the transaction that creates it; the foreign key is checked once, at the last attach. Province:
	 * 4.9 s of students beside 1.8 s of graduates, then 0.4 s to copy the graduates and 1.1 s to attach, became 2.9 s
	 * of students beside 1.7 s of students and 1.5 s of graduates, then 0.3 s of copy and 1.0 s of attach (national:
	 * 75 s beside 51 + 40 s, then 11 and 19 s; the whole ledger 140 → 111 s).
	 *
	 * <p>The previous partition, if any, is dropped only at the end: dropping a partition locks the whole ledger
	 * until commit, so readers of other batches wait for the swap, not for the build. Everything but the second
	 * connection's two tables is in the step's transaction, and a failure on either side leaves the previous ledger
	 * as it was. A failed step stops the second connection's work, cancelling its statement, and waits a limited time
	 * for it to end (see {@link SecondConnection#settle}), then drops what that connection committed unless its own
	 * transaction has read it: dropping it then would wait for that transaction, which waits for the drop. What is
	 * left that way, by work that did not end in time, or by a crash, is dropped by the next build of the batch.
	 */
	void build(long batchId) {
		PersonRecords records = jdbc.sql(PersonRecords.SQL).param("batch", batchId).query(PersonRecords.class).single();
		build(batchId, HashSplit.balancing(records.students(), records.graduates()));
	}

	/** {@link #build(long)} with the student records divided at {@code split}; any split gives the same ledger. */
	void build(long batchId, HashSplit split) {
		String partition = partitionOf(batchId);
		String building = partition + "_new";
		String students = studentsOf(building);
		String graduates = graduatesOf(building);
		String upper = partition + "_upper";
		long started = System.nanoTime();
		BatchDates dates = jdbc.sql(BatchDates.SQL).param("batch", batchId).query(BatchDates.class).single();
		String studentFiles = fileList(batchId, "sms.students", "tss.students");
		String graduateFiles = fileList(batchId, "sms.graduates", "tss.graduates");
		boolean upperRead = false;
		boolean graduatesRead = false;
		try (SecondConnection second = secondConnections.start(() -> buildUpper(batchId, dates, split, upper),
				() -> buildGraduates(batchId, graduateFiles, graduates))) {
			try {
				jdbc.sql("DROP TABLE IF EXISTS " + building + ", " + students).update();
				dropStrays(batchId);
				jdbc.sql("CREATE TABLE " + students + " AS " + students(batchId, dates, "school_master", split.below()))
					.update();
				long lower = System.nanoTime();
				jdbc.sql(ledgerConstraints(students) + ownChecks(students, batchId, studentFiles, "students")).update();
				long upperTook = second.first();
				long waited = System.nanoTime();
				upperRead = true;
				// Both tables were written by the same statement: the same columns in the same order.
				jdbc.sql("INSERT INTO " + students + " SELECT * FROM " + upper).update();
				jdbc.sql("DROP TABLE " + upper).update();
				long copied = System.nanoTime();
				long graduatesTook = second.second();
				long attaching = System.nanoTime();
				jdbc.sql("CREATE TABLE " + building
						+ " (LIKE person_ledger INCLUDING DEFAULTS INCLUDING CONSTRAINTS) PARTITION BY LIST (file_id)")
					.update();
				jdbc.sql("ALTER TABLE " + building + " ADD PRIMARY KEY (batch_id, file_id, line_no)").update();
				jdbc.sql("ALTER TABLE " + building + " ATTACH PARTITION " + students + " FOR VALUES IN (" + studentFiles
						+ ")").update();
				graduatesRead = true;
				jdbc.sql("ALTER TABLE " + building + " ATTACH PARTITION " + graduates + " FOR VALUES IN ("
						+ graduateFiles + ")").update();
				jdbc.sql("DROP TABLE IF EXISTS " + partition).update();
				jdbc.sql("ALTER TABLE " + building + " RENAME TO " + partition).update();
				jdbc.sql("ALTER TABLE " + students + " RENAME TO " + studentsOf(partition)).update();
				jdbc.sql("ALTER TABLE " + graduates + " RENAME TO " + graduatesOf(partition)).update();
				jdbc.sql("ALTER TABLE person_ledger ATTACH PARTITION " + partition + " FOR VALUES IN (" + batchId + ")")
					.update();
				log.debug("ledger of batch {}: students hashing below {} {}s, the others {}s on the second connection, "
						+ "copied in {}s; the graduates {}s there, waited for {}s; attached in {}s", batchId,
						split.boundary(), seconds(lower - started), seconds(upperTook), seconds(copied - waited),
						seconds(graduatesTook), seconds(attaching - copied), seconds(System.nanoTime() - attaching));
			}
			catch (RuntimeException | Error ex) {
				// The step fails once the second connection's work, stopped, has ended, and nothing of this build
				// stays behind that the step's transaction has not read (see above). Work that did not end within
				// the limit may still hold, on the server, the tables of the piece it was in, which a drop would
				// wait for; the next build drops what is left.
				SecondConnection.Settled settled = second.settle();
				if (!upperRead && settled != SecondConnection.Settled.RUNNING) {
					dropQuietly(upper);
				}
				if (!graduatesRead && settled == SecondConnection.Settled.ENDED) {
					dropQuietly(graduates);
				}
				throw ex;
			}
		}
	}

	/** The batch's files of the given kinds, as an SQL list of their ids (they are numbers). */
	private String fileList(long batchId, String... kinds) {
		List<Long> files = jdbc.sql("SELECT file_id FROM source_file WHERE batch_id = :batch AND kind IN (:kinds) ORDER BY 1")
			.param("batch", batchId)
			.param("kinds", List.of(kinds))
			.query(Long.class)
			.list();
		if (files.isEmpty()) {
			throw new IllegalStateException("batch " + batchId + " has no " + String.join(" or ", kinds) + " file");
		}
		return String.join(", ", files.stream().map(String::valueOf).toList());
	}

	/**
	 * CHECKs that the table's rows are the batch's and come from {@code files}, which is what its partition bounds
	 * say (so attaching it needs no scan), and are of {@code population}: a query for one population, such as the
	 * enrolment and graduate facts, then skips the other's table (constraint exclusion).
	 */
	private static String ownChecks(String table, long batchId, String files, String population) {
		return ", ADD CONSTRAINT " + table + "_batch CHECK (batch_id = " + batchId + "), ADD CONSTRAINT " + table
				+ "_files CHECK (file_id IN (" + files + ")), ADD CONSTRAINT " + table + "_population CHECK (population = '"
				+ population + "')";
	}

	/** The students' statement for the batch, over {@code schoolsTable}, for the records hashing in {@code range}. */
	private static String students(long batchId, BatchDates dates, String schoolsTable, String range) {
		// Locale.ROOT: the batch id in ASCII digits whatever the JVM's locale.
		return String.format(Locale.ROOT, STUDENTS, CLASS, batchId, literal(dates.snapshot()),
				literal(dates.yearStarts()), literal(dates.yearEnds()), schoolsTable, range);
	}

	/**
	 * The ledger rows of the student records hashing at or above the split's boundary, written by CREATE TABLE AS
	 * into {@code table}; on the second connection, in a transaction of its own that it commits so the step's
	 * connection can read them.
	 */
	private void buildUpper(long batchId, BatchDates dates, HashSplit split, String table) {
		memory.raiseForTransaction();
		String schoolsTable = copySchools(batchId);
		jdbc.sql("DROP TABLE IF EXISTS " + table).update();
		jdbc.sql("CREATE TABLE " + table + " AS " + students(batchId, dates, schoolsTable, split.atOrAbove())).update();
	}

	/**
	 * The graduates' partition of the batch's ledger, written by CREATE TABLE AS into {@code table} with its
	 * constraints and key; on the second connection, in a transaction of its own that it commits so the step's
	 * connection can attach the table.
	 */
	private void buildGraduates(long batchId, String files, String table) {
		memory.raiseForTransaction();
		String schoolsTable = copySchools(batchId);
		jdbc.sql("DROP TABLE IF EXISTS " + table).update();
		jdbc.sql("CREATE TABLE " + table + " AS " + String.format(Locale.ROOT, GRADUATES, CLASS, batchId, schoolsTable))
			.update();
		jdbc.sql(ledgerConstraints(table) + ownChecks(table, batchId, files, "graduates")).update();
		jdbc.sql("ALTER TABLE " + table + " ADD PRIMARY KEY (batch_id, file_id, line_no)").update();
	}

	/**
	 * The batch's schools joined as the school master joins them, into a temporary table of the second connection's
	 * transaction: the step's transaction has built the school master but not committed it. ON COMMIT DROP: gone
	 * with the transaction, however it ends, so no earlier one can be in the way.
	 */
	private String copySchools(long batchId) {
		jdbc.sql("CREATE TEMP TABLE second_schools (LIKE school_master INCLUDING DEFAULTS) ON COMMIT DROP").update();
		schools.insertSchools("pg_temp.second_schools", batchId);
		jdbc.sql("ANALYZE pg_temp.second_schools").update();
		return "pg_temp.second_schools";
	}

	/**
	 * Drops the second connection's table of a build that failed, in a transaction of its own (the step's is lost),
	 * waiting for its lock {@value #DROP_LOCK_TIMEOUT} at most: the step is failing, and what it cannot drop now the
	 * next build drops.
	 */
	private void dropQuietly(String table) {
		try {
			ownTransaction.executeWithoutResult(status -> {
				jdbc.sql("SET LOCAL lock_timeout = '" + DROP_LOCK_TIMEOUT + "'").update();
				jdbc.sql("DROP TABLE IF EXISTS " + table).update();
			});
		}
		catch (RuntimeException ex) {
			// The server may be what failed; the next build of the batch drops the table before it starts.
			log.debug("could not drop {}: {}", table, ex.toString());
		}
	}

	/**
	 * An ALTER TABLE that gives {@code table} the ledger's NOT NULL columns, CHECK constraints and defaults, read
	 * from the catalogue so they are the ledger's own and not a copy to keep in step (one statement: one scan).
	 */
	private String ledgerConstraints(String table) {
		List<String> changes = new ArrayList<>();
		changes.addAll(jdbc.sql("""
				SELECT format('ALTER COLUMN %I SET NOT NULL', attname) FROM pg_attribute
				WHERE attrelid = to_regclass('person_ledger') AND attnum > 0 AND NOT attisdropped AND attnotnull
				ORDER BY attnum""").query(String.class).list());
		changes.addAll(jdbc.sql("""
				SELECT format('ALTER COLUMN %I SET DEFAULT %s', a.attname, pg_get_expr(d.adbin, d.adrelid))
				FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
				WHERE d.adrelid = to_regclass('person_ledger') ORDER BY a.attnum""").query(String.class).list());
		changes.addAll(jdbc.sql("""
				SELECT format('ADD CONSTRAINT %I %s', conname, pg_get_constraintdef(oid)) FROM pg_constraint
				WHERE conrelid = to_regclass('person_ledger') AND contype = 'c' ORDER BY conname""")
			.query(String.class)
			.list());
		return "ALTER TABLE " + table + " " + String.join(", ", changes);
	}

	/**
	 * The batch's statistics date and the first and last day of its academic year, as {@code dim_period} defines
	 * the year: read once, then written into the ledger's statement.
	 */
	record BatchDates(LocalDate snapshot, LocalDate yearStarts, LocalDate yearEnds) {

		static final String SQL = """
				SELECT b.snapshot_date AS snapshot, p.starts AS year_starts, p.ends AS year_ends
				FROM batch b JOIN dim_period p ON p.batch_id = b.batch_id AND p.kind = 'AY'
				WHERE b.batch_id = :batch""";
	}

	/**
	 * The batch's student and graduate records as its files counted them (quarantined ones included): enough to
	 * divide the work, which is all they are used for.
	 */
	record PersonRecords(long students, long graduates) {

		static final String SQL = """
				SELECT COALESCE(sum(rows) FILTER (WHERE kind IN ('sms.students', 'tss.students')), 0) AS students,
				       COALESCE(sum(rows) FILTER (WHERE kind IN ('sms.graduates', 'tss.graduates')), 0) AS graduates
				FROM source_file WHERE batch_id = :batch""";
	}

	/** A date as an SQL literal (ISO digits, whatever the locale). */
	private static String literal(LocalDate date) {
		return "DATE '" + date + "'";
	}

	private static String seconds(long nanos) {
		return String.format("%.1f", nanos / 1e9);
	}

	/** The batch's partition of the ledger (the name comes from the batch id, never from input). */
	static String partitionOf(long batchId) {
		return "person_ledger_b" + batchId;
	}

	/** The tables that hold the rows of the batch's ledger, as {@link #build} leaves them: the students', the graduates'. */
	static List<String> tablesOf(long batchId) {
		return List.of(studentsOf(partitionOf(batchId)), graduatesOf(partitionOf(batchId)));
	}

	private static String studentsOf(String partition) {
		return partition + "_students";
	}

	private static String graduatesOf(String partition) {
		return partition + "_graduates";
	}

	/**
	 * Drops a table by the name of one of the partition's tables that is no partition: the previous version named the
	 * graduates' table it committed on its second connection so, and left it behind when a build failed after
	 * reading it. In the step's transaction, which no other holds a lock for.
	 */
	private void dropStrays(long batchId) {
		for (String table : tablesOf(batchId)) {
			boolean stray = jdbc.sql("SELECT NOT relispartition FROM pg_class WHERE oid = to_regclass(:table)")
				.param("table", table)
				.query(Boolean.class)
				.optional()
				.orElse(false);
			if (stray) {
				jdbc.sql("DROP TABLE " + table).update();
			}
		}
	}

}
