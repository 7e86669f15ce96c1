package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocstat.indicator.IndicatorBatches.CITY;
import static org.vocstat.indicator.IndicatorBatches.REGION;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.delivery.BatchDigest;
import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * Traces of a ratio, a count and a change figure list exactly the rows their measures
 * select, each with a lineage an auditor can check against the archived export (file and
 * line SHA-256) and a masked key, and their digest is unchanged right after the load.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceTest {

	private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

	private static final Pattern ID_SHAPED = Pattern.compile("(?<![0-9])(\\d{17}[0-9X]|\\d{15})(?![0-9])");

	private static final List<String> RAW_IDS = List.of(IndicatorBatches.S1, IndicatorBatches.S2, IndicatorBatches.S3,
			IndicatorBatches.S4, IndicatorBatches.S5, IndicatorBatches.DUAL, IndicatorBatches.S7, IndicatorBatches.T2,
			IndicatorBatches.T3, IndicatorBatches.T4);

	@Autowired
	BatchLoader loader;

	@Autowired
	Tracer tracer;

	@Autowired
	JdbcClient jdbc;

	private final Map<String, Path> folders = new HashMap<>();

	@BeforeAll
	void loadBothYears(@TempDir Path folder) {
		Warehouses.truncateAll(jdbc);
		LoadOutcome previous = IndicatorBatches.load2021(loader, folder.resolve("2021"));
		assertThat(previous.exitCode()).as(previous.verdict()).isEqualTo(ExitCode.SUCCESS);
		LoadOutcome current = loader.load(IndicatorBatches.ay2022().writeTo(folder.resolve("2022")), null, null, null);
		assertThat(current.exitCode()).as(current.verdict()).isEqualTo(ExitCode.SUCCESS);
		folders.put("AY2021", folder.resolve("2021"));
		folders.put("AY2022", folder.resolve("2022"));
	}

	@Test
	void ratioTraceListsTheRowsOfNumeratorAndDenominatorMeasures() {
		Trace trace = tracer.trace("teachers.student_teacher_ratio", Scope.parse(CITY), "AY2022", REGION);

		// open records: S1, S2, S4, S5, DUAL and S7 in sms; DUAL and T2 in tss — 8
		// records of 7 persons
		assertThat(trace.rowsFor("numerator")).isEqualTo(8).isEqualTo(openStudentRecords());
		assertThat(trace.rowsFor("denominator")).isEqualTo(6)
			.isEqualTo(count("SELECT count(*) FROM stg_qrp_teacher t JOIN batch b USING (batch_id) "
					+ "WHERE b.academic_year = 2022 AND t.teacher_type = '专任教师'"));
		assertThat(trace.measuresFor("numerator")).containsExactly("students.in_school");
		assertThat(trace.measuresFor("denominator")).containsExactly("teachers.full_time");
		assertThat(trace.unitsFor("numerator", "students.in_school"))
			.isEqualTo(trace.figure().numerator().longValueExact());
		assertThat(trace.unitsFor("denominator", "teachers.full_time"))
			.isEqualTo(trace.figure().denominator().longValueExact());
		assertThat(trace.rows()).hasSize((int) trace.figure().rows());
		assertThat(trace.unchanged()).isTrue();
	}

	@Test
	void countTraceListsEveryRecordOfTheCountedUnits() {
		Trace sites = tracer.trace("majors.sites", Scope.parse(CITY), "AY2022", REGION);

		// S1 and S5 share the site A/660102; S2 and S4 have a site each
		assertThat(sites.rowsFor("numerator")).isEqualTo(4);
		assertThat(sites.rowsFor("denominator")).isZero();
		assertThat(sites.unitsFor("numerator", "majors.sites")).isEqualTo(3)
			.isEqualTo(sites.figure().numerator().longValueExact());
		assertThat(sites.unchanged()).isTrue();

		Trace jiashan = tracer.trace("enrolment.in_school", Scope.parse("county:330421"), "AY2022", REGION);

		assertThat(jiashan.rowsFor("numerator")).isEqualTo(4);
		assertThat(jiashan.unitsFor("numerator", "students.in_school")).isEqualTo(3)
			.isEqualTo(jiashan.figure().numerator().longValueExact());
		assertThat(jiashan.rows()).extracting(TraceRow::system).containsOnly("sms", "tss");
		assertThat(jiashan.unchanged()).isTrue();
	}

	@Test
	void changeTraceListsTheRowsOfBothYears() {
		Trace trace = tracer.trace("facilities.land_area_change", Scope.parse(CITY), "AY2022", REGION);

		assertThat(trace.rowsFor("current")).isEqualTo(2);
		assertThat(trace.rowsFor("previous")).isEqualTo(2);
		assertThat(trace.rows()).extracting(TraceRow::period)
			.containsExactlyInAnyOrder("AY2022", "AY2022", "AY2021", "AY2021");
		assertThat(trace.rows()).hasSize((int) trace.figure().rows());
		assertThat(trace.unchanged()).isTrue();
	}

	@Test
	void everyTracedRowCarriesAVerifiableLineageAndAMaskedKey() {
		List<TraceRow> rows = new ArrayList<>();
		for (String[] figure : new String[][] { { "teachers.student_teacher_ratio", "AY2022" },
				{ "graduates.placement_rate", "AY2022" }, { "facilities.equipment_value_per_student_growth", "AY2022" },
				{ "schools.count", "AY2022" }, { "awards.provincial_first", "CY2023" },
				{ "exams.admitted_change", "CY2023" } }) {
			rows.addAll(tracer.trace(figure[0], Scope.parse(CITY), figure[1], REGION).rows());
		}

		assertThat(rows).hasSizeGreaterThan(20).allSatisfy(row -> {
			assertThat(row.file()).startsWith(row.system() + "/").endsWith(".csv");
			assertThat(row.fileSha256()).matches(HEX64);
			assertThat(row.lineSha256()).matches(HEX64);
			assertThat(row.line()).isGreaterThan(1);
			assertThat(row.masked()).isNotBlank().doesNotContainPattern(ID_SHAPED);
			RAW_IDS.forEach(id -> assertThat(row.masked()).doesNotContain(id));
			Path file = folders.get(row.period().startsWith("CY")
					? "AY" + (Integer.parseInt(row.period().substring(2)) - 1) : row.period())
				.resolve(row.file());
			assertThat(row.fileSha256()).as("SHA-256 of " + row.file()).isEqualTo(BatchDigest.sha256(file));
			assertThat(row.lineSha256()).as(row.file() + " line " + row.line()).isEqualTo(lineSha256(file, row.line()));
		});
		assertThat(rows).extracting(TraceRow::masked).anySatisfy(masked -> assertThat(masked).contains("********"));
	}

	/**
	 * Open at the statistics date, counted straight from staging (the rule of
	 * SampleBatchesTest).
	 */
	private long openStudentRecords() {
		return count("""
				SELECT (SELECT count(*) FROM stg_sms_student s JOIN batch b USING (batch_id)
				        WHERE b.academic_year = 2022 AND s.entry_month <= b.snapshot_date
				          AND NOT (s.status IN ('转出', '退学', '毕业', '结业', '注销')
				                   AND COALESCE(s.status_changed, s.entry_month) <= b.snapshot_date))
				     + (SELECT count(*) FROM stg_tss_student t JOIN batch b USING (batch_id)
				        WHERE b.academic_year = 2022 AND t.entry_date <= b.snapshot_date
				          AND NOT (t.status IN ('转学', '退学', '毕业', '结业')
				                   AND COALESCE(t.status_changed, t.entry_date) <= b.snapshot_date))""");
	}

	/**
	 * SHA-256 of a one-line record's bytes as in the file, without its line terminator.
	 */
	private static String lineSha256(Path file, long line) {
		try {
			byte[] bytes = Files.readAllBytes(file);
			int start = 0;
			for (long n = 1; n < line; n++) {
				while (bytes[start] != '\n') {
					start++;
				}
				start++;
			}
			int end = start;
			while (end < bytes.length && bytes[end] != '\n') {
				end++;
			}
			if (end > start && bytes[end - 1] == '\r') {
				end--;
			}
			return sha256(Arrays.copyOfRange(bytes, start, end));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
