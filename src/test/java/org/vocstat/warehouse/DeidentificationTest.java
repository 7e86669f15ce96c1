package org.vocstat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.person.IdentityHasher;
import org.vocstat.person.ResidentId;
import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.reconciliation.Conflict;
import org.vocstat.reconciliation.LedgerQueries;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.TestPaths;
import org.vocstat.support.Warehouses;
import org.vocstat.validation.Fields;

/**
 * The 2022 sample batch loaded, then attacked as issue 24 did: from everything stored,
 * without the hash key, no person's ID comes back, and none is narrowed to fewer than
 * 1,000 candidates.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeidentificationTest {

	private static final Pattern ID_SHAPED = Pattern.compile("(?<![0-9])(\\d{17}[0-9X]|\\d{15})(?![0-9])");

	/** A masked ID that shows a character after its area code. */
	private static final Pattern REVEALING_MASK = Pattern.compile("[0-9]{6}[*]+[0-9X]");

	private static final Pattern DIGIT_RUN = Pattern.compile("[0-9X]{12,}");

	/** The area code a masked ID shows. */
	private static final Pattern MASKED_AREA = Pattern.compile("(?<![0-9])([0-9]{6})[*]{8,}");

	/**
	 * A full date in any common form: 20070725, 2007-07-25, 2007/7/25, 2007.07.25,
	 * 2007年7月25日; not inside a hash or code, and not YYYY-MM-01, the form a stored birth
	 * month takes.
	 */
	private static final Pattern ANY_DATE = Pattern.compile("(?<![0-9A-Za-z])([12][0-9]{3})(?:([0-9]{2})([0-9]{2})"
			+ "|\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2}))(?![0-9A-Za-z])(?<![0-9]{4}-[0-9]{2}-01)");

	@Autowired
	BatchLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityHasher hasher;

	@Autowired
	LedgerQueries ledger;

	private long batch;

	/** Every valid resident ID of the sample files, normalised, by its keyed hash. */
	private final Map<String, String> idsByHash = new HashMap<>();

	@BeforeAll
	void loadTheSampleAndReadItsIds() throws IOException {
		Warehouses.truncateAll(jdbc);
		LoadOutcome outcome = loader.load(TestPaths.sampleBatch(2022), null, null, null);
		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		batch = outcome.batchId();
		try (var files = Files.walk(TestPaths.sampleBatch(2022))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
				Charset charset = file.toString().contains("/sms/") ? Charset.forName("GB18030")
						: StandardCharsets.UTF_8;
				Matcher matcher = ID_SHAPED.matcher(Fields.halfWidth(Files.readString(file, charset)).toUpperCase());
				while (matcher.find()) {
					ResidentId id = ResidentId.parse(matcher.group());
					if (id.kind().matchable()) {
						idsByHash.put(hasher.hash(id), id.normalised());
					}
				}
			}
		}
		assertThat(idsByHash).as("persons in the sample files").hasSizeGreaterThan(50_000);
	}

	@Test
	void theReconstructionOfIssue24RecoversNoId() {
		// The masked ID's visible ends around the birth date stored beside it, also
		// through the hash for tss records.
		List<String> rebuilt = jdbc
			.sql("""
					SELECT left(r.id_masked, 6) || to_char(s.birth_month, 'YYYYMMDD') || right(r.id_masked, 4)
					FROM (SELECT id_hash, id_masked FROM stg_sms_student UNION ALL SELECT id_hash, id_masked FROM stg_tss_student) r
					JOIN stg_sms_student s ON s.id_hash = r.id_hash""")
			.query(String.class)
			.list();
		assertThat(rebuilt).hasSizeGreaterThan(40_000);
		Set<String> ids = new HashSet<>(idsByHash.values());

		assertThat(rebuilt.stream().filter(ids::contains).count()).isZero();
	}

	@Test
	void everyPersonKeepsAtLeastAThousandCandidateIds() {
		Map<String, Candidates> persons = new HashMap<>();
		for (String table : tablesWith("id_hash")) {
			Set<String> columns = new HashSet<>(columnsOf(table));
			String birth = columns.contains("birth_month") ? "to_char(birth_month, 'YYYY-MM')"
					: columns.contains("birth_date") ? "to_char(birth_date, 'YYYY-MM-DD')" : "NULL";
			String sql = "SELECT id_hash, id_masked, %s, %s, %s, %s FROM %s".formatted(
					columns.contains("student_no_masked") ? "student_no_masked" : "NULL",
					columns.contains("gender") ? "gender" : "NULL", birth,
					columns.contains("warnings") ? "warnings" : "NULL", table);
			jdbc.sql(sql).query((rs, n) -> {
				String id = idsByHash.get(rs.getString(1).strip());
				if (id != null) {
					Candidates person = persons.computeIfAbsent(id, Candidates::new);
					person.masked(rs.getString(2));
					person.studentNumber(rs.getString(3));
					// A warning says the stored value disagrees with the ID: the opposite
					// gender, some other birth date.
					String warnings = rs.getString(6) == null ? "" : rs.getString(6);
					person.gender(rs.getString(4), warnings.contains("GENDER_ID_MISMATCH"));
					person.birth(warnings.contains("BIRTH_ID_MISMATCH") ? null : rs.getString(5));
				}
				return null;
			}).list();
		}
		jdbc.sql("SELECT person_key, masked FROM person_ledger").query((rs, n) -> {
			String id = idsByHash.get(rs.getString(1));
			if (id != null) {
				String[] keys = rs.getString(2).split(" ");
				Candidates person = persons.computeIfAbsent(id, Candidates::new);
				person.masked(keys[0]);
				person.studentNumber(keys.length > 1 ? keys[1] : null);
			}
			return null;
		}).list();
		assertThat(persons).as("persons of the sample files found in the warehouse").hasSizeGreaterThan(50_000);

		List<String> narrowed = new ArrayList<>();
		for (Candidates person : persons.values()) {
			assertThat(person.admits()).as("what is stored about a person is consistent with their ID").isTrue();
			long count = person.count();
			if (count < 1_000) {
				narrowed.add(person.maskedId() + ": " + count);
			}
		}
		assertThat(narrowed).as("persons narrowed to fewer than 1,000 candidate IDs").isEmpty();
	}

	@Test
	void noStoredTextShowsAnIdCharacterAfterTheAreaCodeOrAnyIdsTail() {
		Set<String> tails = new HashSet<>();
		idsByHash.values().forEach(id -> tails.add(id.substring(6)));
		List<String> leaks = new ArrayList<>();
		for (Map<String, Object> column : jdbc.sql("""
				SELECT c.table_name, c.column_name FROM information_schema.columns c
				JOIN pg_class t ON t.relname = c.table_name AND t.relnamespace = current_schema()::regnamespace
				WHERE c.table_schema = current_schema() AND NOT t.relispartition
				  AND c.data_type IN ('text', 'character', 'character varying', 'json', 'jsonb', 'ARRAY')""")
			.query()
			.listOfRows()) {
			String sql = "SELECT DISTINCT \"%s\"::text FROM \"%s\"".formatted(column.get("column_name"),
					column.get("table_name"));
			for (String value : jdbc.sql(sql).query(String.class).list()) {
				if (value != null && (REVEALING_MASK.matcher(value).find() || holdsTail(value, tails))) {
					leaks.add(column.get("table_name") + "." + column.get("column_name") + ": " + value);
				}
			}
		}
		assertThat(leaks).as("stored text that shows more of an ID than its area code").isEmpty();
	}

	@Test
	void noStoredRowHoldsAPersonsFullBirthDateBesideTheirMaskedId() {
		Set<String> areaAndBirth = new HashSet<>();
		idsByHash.values().forEach(id -> areaAndBirth.add(id.substring(0, 14)));
		List<String> leaks = new ArrayList<>();
		for (String table : jdbc.sql("""
				SELECT DISTINCT c.table_name FROM information_schema.columns c
				JOIN pg_class t ON t.relname = c.table_name AND t.relnamespace = current_schema()::regnamespace
				WHERE c.table_schema = current_schema() AND NOT t.relispartition AND t.relkind IN ('r', 'p')
				  AND c.data_type IN ('text', 'character', 'character varying', 'json', 'jsonb', 'ARRAY')""")
			.query(String.class)
			.list()) {
			String sql = "SELECT t::text FROM \"%s\" t WHERE t::text ~ '[0-9]{6}[*]{8}'".formatted(table);
			for (String row : jdbc.sql(sql).query(String.class).list()) {
				Matcher area = MASKED_AREA.matcher(row);
				while (area.find()) {
					Matcher date = ANY_DATE.matcher(row);
					while (date.find()) {
						if (areaAndBirth.contains(area.group(1) + birthDigits(date))) {
							leaks.add(table + ": " + row);
						}
					}
				}
			}
		}
		assertThat(leaks).as("rows holding a sample person's masked ID and full birth date").isEmpty();
	}

	@Test
	void bootsFlywayAppliedTheJavaMigration() {
		assertThat(jdbc.sql("SELECT type FROM flyway_schema_history WHERE version = '12'").query(String.class).single())
			.as("V12__Remask found in classpath:db/migration by Boot's Flyway auto-configuration")
			.isEqualTo("JDBC");
	}

	private static String birthDigits(Matcher date) {
		String month = date.group(2) != null ? date.group(2) : date.group(4);
		String day = date.group(3) != null ? date.group(3) : date.group(5);
		return date.group(1) + (month.length() == 1 ? "0" : "") + month + (day.length() == 1 ? "0" : "") + day;
	}

	@Test
	void conflictsToCorrectShowTheAreaCodeOnly() {
		List<Conflict> conflicts = ledger.conflicts(batch);

		assertThat(conflicts).isNotEmpty()
			.allSatisfy(conflict -> assertThat(conflict.person()).matches("[0-9]{6}[*]{12}|[*]+"));
	}

	private static boolean holdsTail(String value, Set<String> tails) {
		Matcher run = DIGIT_RUN.matcher(value);
		while (run.find()) {
			for (int at = run.start(); at + 12 <= run.end(); at++) {
				if (tails.contains(value.substring(at, at + 12))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The tables (partitioned parents and plain tables, not their partitions) that have
	 * {@code column}.
	 */
	private List<String> tablesWith(String column) {
		return jdbc
			.sql("""
					SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
					WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
					  AND a.attname = :column AND NOT a.attisdropped ORDER BY 1""")
			.param("column", column)
			.query(String.class)
			.list();
	}

	private List<String> columnsOf(String table) {
		return jdbc
			.sql("""
					SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(:table) AND attnum > 0 AND NOT attisdropped""")
			.param("table", table)
			.query(String.class)
			.list();
	}

}
