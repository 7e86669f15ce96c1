package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.operator.VocstatCli;
import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.samples.WorkbookExport;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.TestPaths;
import org.vocstat.support.Warehouses;

/**
 * The 嘉兴 2022 sample batch with sms/students and every qrp file as {@code .xlsx} and
 * tss/graduates as {@code .xls}, the spreadsheet pitfalls planted as the generator plants
 * them, gives every figure of the CSV batch (value, numerator, denominator, rows); each
 * planted row lands in quarantine under its rule, the normalised cells load, and
 * {@code verify-row} gives the line SHA-256 a staged row carries.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbookBatchTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	FigureStore store;

	@Autowired
	JdbcClient jdbc;

	long csvBatch;

	long mixedBatch;

	Path mixed;

	List<WorkbookExport.Converted> converted;

	@BeforeAll
	void loadBothBatches(@TempDir Path folder) throws IOException {
		Warehouses.truncateAll(jdbc);
		mixed = copy(TestPaths.sampleBatch(2022), folder.resolve("mixed"));
		converted = Stream
			.concat(WorkbookExport.convert(mixed, List.of("sms/students", "qrp/*"), "xlsx").stream(),
					WorkbookExport.convert(mixed, List.of("tss/graduates"), "xls").stream())
			.toList();
		csvBatch = load(TestPaths.sampleBatch(2022));
		mixedBatch = load(mixed);
	}

	@Test
	void theMixedBatchGivesEveryFigureOfTheCsvBatch() {
		assertThat(converted).hasSize(12);
		Map<String, Figure> fromCsv = figures(csvBatch);
		assertThat(fromCsv).containsKey("enrolment.in_school city:330400 AY2022");
		CutBatchFigures.assertSame(fromCsv, figures(mixedBatch), "no-region-only-figures");
	}

	@Test
	void everyPlantedRowIsQuarantinedUnderItsRule() {
		Map<String, Long> byRule = jdbc.sql("""
				SELECT rule, count(*) FROM quarantine, unnest(rules) AS rule
				WHERE batch_id = :b AND rule LIKE 'SHEET%' GROUP BY rule""")
			.param("b", mixedBatch)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		long withIds = converted.stream().filter(c -> c.planted().idsLosingDigits() > 0).count();
		long unsound = converted.stream().mapToLong(c -> c.planted().unsoundRecords()).sum();
		assertThat(byRule).containsEntry("SHEET_HIDDEN_ROW", 12L)
			.containsEntry("SHEET_MERGED_CELLS", 12L)
			.containsEntry("SHEET_FOOTER", 24L)
			.containsEntry("SHEET_ID_DIGITS_LOST", withIds)
			.containsEntry("SHEET_COLUMNS", unsound);
		assertThat(withIds).isEqualTo(3);
		assertThat(unsound).isPositive();
		assertThat(converted.stream().mapToLong(c -> c.planted().legacyIdsAsNumbers()).sum())
			.as("15-digit teacher IDs stored as numbers, loaded")
			.isEqualTo(7);
		assertThat(jdbc.sql("SELECT count(*) FROM quarantine WHERE batch_id = :b AND masked_row ~ '\\d{17}'")
			.param("b", mixedBatch)
			.query(Long.class)
			.single()).as("no whole ID in a quarantined row").isZero();
	}

	@Test
	void verifyRowGivesTheLineHashOfAStagedRow() {
		Map.Entry<Long, String> staged = jdbc.sql("""
				SELECT line_no, encode(line_sha256, 'hex') FROM stg_sms_student
				WHERE batch_id = :b ORDER BY line_no OFFSET 100 LIMIT 1""")
			.param("b", mixedBatch)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.single();
		StringWriter out = new StringWriter();
		int code = VocstatCli.execute(Object.class,
				new String[] { "verify-row", mixed.resolve("sms/students.xlsx").toString(), "--row",
						staged.getKey().toString() },
				new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));

		assertThat(code).isZero();
		List<String> lines = out.toString().lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).isEqualTo("sha256 " + staged.getValue());
		assertThat(lines.get(0)).startsWith("G").contains(",居民身份证,");
	}

	private long load(Path batch) {
		LoadOutcome outcome = loader.load(batch, null, null, null);
		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		return outcome.batchId();
	}

	private Map<String, Figure> figures(long batch) {
		return store.ofBatch(batch)
			.stream()
			.collect(Collectors.toMap(f -> f.indicator() + " " + f.scope() + " " + f.period(), Function.identity()));
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Files.copy(path, to.resolve(from.relativize(path).toString()));
			}
		}
		return to;
	}

}
