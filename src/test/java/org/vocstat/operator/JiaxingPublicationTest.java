package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.support.PostgresTest;
import org.vocstat.support.TestPaths;
import org.vocstat.support.Warehouses;

/**
 * The publication workflow on the 嘉兴 samples, from the command line as the statistics
 * officer and the operator run it: 2021 and 2022 loaded, {@code publish} refused (exit 3)
 * while the sample's natural queries are open, then published once they are explained and
 * accepted; the generator's corrected 2022 export loaded: the current 纸质图书 move, the
 * edition's figure, its trace and {@code check-published --edition} stay as they were;
 * {@code prune} keeps the superseded sample batch the edition holds and frees a
 * superseded batch no edition holds; {@code audit verify} passes and the trail names who
 * explained, accepted, published and pruned.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JiaxingPublicationTest {

	private static final String REGION = "330400";

	private static final String BOOKS = "facilities.books";

	private static final String CITY = "city:330400";

	private static final Pattern MANIFEST_ENTRY = Pattern
		.compile("\\{ \"path\": \"([^\"]+)\", \"sha256\": \"([0-9a-f]{64})\", \"rows\": \\d+ \\}");

	private static final List<String> STAGING = List.of("stg_sms_school", "stg_sms_student", "stg_sms_graduate",
			"stg_tss_school", "stg_tss_student", "stg_tss_graduate", "stg_qrp_school", "stg_qrp_conditions",
			"stg_qrp_teacher", "stg_qrp_satisfaction", "stg_qrp_followup", "stg_qrp_training", "stg_qrp_award",
			"stg_qrp_exam", "stg_qrp_funding", "stg_qrp_region");

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	long sample2022;

	BigDecimal publishedBooks;

	String publishedTrace;

	@BeforeAll
	void loadTheSamples() {
		Warehouses.truncateAll(jdbc);
		load(TestPaths.sampleBatch(2021));
		sample2022 = load(TestPaths.sampleBatch(2022));
	}

	@AfterAll
	void leaveAnEmptyWarehouse() {
		Warehouses.truncateAll(jdbc);
	}

	@Test
	@Order(1)
	void publishIsRefusedWhileTheSamplesQueriesAreOpenThenPublishesOnceTheyAreExplainedOrAccepted() {
		CliRun refused = publish("嘉兴市 2023 年中职教育质量年度报告");
		assertThat(refused.code()).as(refused.out()).isEqualTo(3);
		assertThat(refused.err()).contains("publish refused: 7 open review findings").hasLineCount(1);
		assertThat(jdbc.sql("SELECT count(*) FROM edition").query(Long.class).single()).isZero();

		List<String> ids = CliRun.withDatabase("review", "--region", REGION, "--period", "AY2022", "--format", "csv")
			.out()
			.lines()
			.skip(1)
			.map(line -> line.substring(0, line.indexOf(',')))
			.toList();
		assertThat(ids).hasSize(7);
		for (String id : ids.subList(0, 4)) {
			CliRun explained = CliRun.withDatabase("review", "explain", id, "--text", "学校已说明：数据经核实无误", "--by", "王科长");
			assertThat(explained.code()).as(explained.err()).isZero();
		}
		for (String id : ids.subList(4, 7)) {
			CliRun accepted = CliRun.withDatabase("review", "accept", id, "--by", "李处长");
			assertThat(accepted.code()).as(accepted.err()).isZero();
		}

		CliRun published = publish("嘉兴市 2023 年中职教育质量年度报告");
		assertThat(published.code()).as(published.err()).isZero();
		assertThat(published.out()).startsWith("published edition 1 of 330400 AY2022");
		publishedBooks = editionBooks(1);
		assertThat(publishedBooks).isEqualTo(currentBooks());
		publishedTrace = traceBooks("--edition", "1");
		assertThat(publishedTrace).contains("the contributing rows are unchanged");
		assertMatches(checkPublished(publishedBooks, "--edition", "1"));
	}

	@Test
	@Order(2)
	void theCorrectedExportMovesTheCurrentFiguresAndLeavesTheEditionAsPublished() throws IOException {
		Path corrected = generateCorrected("corrected-3", 3);
		assertThat(changedFiles(TestPaths.sampleBatch(2022), corrected)).containsExactly("qrp/conditions.csv");
		long correctedBatch = load(corrected);

		assertThat(currentBooks()).isEqualTo(publishedBooks.add(BigDecimal.valueOf(3000)));
		assertThat(editionBooks(1)).isEqualTo(publishedBooks);
		assertThat(traceBooks("--edition", "1")).isEqualTo(publishedTrace);
		assertMatches(checkPublished(publishedBooks, "--edition", "1"));
		assertThat(checkPublished(publishedBooks).out()).doesNotContain("MATCH");
		assertThat(batch(sample2022)).contains(",superseded,1,");
		assertThat(batch(correctedBatch)).contains(",current,");
	}

	@Test
	@Order(3)
	void pruneKeepsTheSupersededBatchTheEditionHoldsAndFreesOneNoEditionHolds() throws IOException {
		long heldRows = stagedRows(sample2022);
		CliRun nothing = CliRun.withDatabase("prune", "--keep-latest", "0", "--by", "运维张", "--format", "csv");
		assertThat(nothing.code()).as(nothing.err()).isZero();
		assertThat(nothing.err()).isEqualTo("prune: nothing to prune\n");

		long firstCorrection = jdbc.sql("SELECT max(batch_id) FROM batch").query(Long.class).single();
		load(generateCorrected("corrected-5", 5));
		CliRun freed = CliRun.withDatabase("prune", "--keep-latest", "0", "--by", "运维张", "--format", "csv");
		assertThat(freed.code()).as(freed.err()).isZero();
		assertThat(freed.err()).startsWith("prune: freed ").endsWith(" from 1 batch\n");
		assertThat(freed.out().lines().skip(1)).singleElement().asString().startsWith(firstCorrection + ",");

		assertThat(batch(firstCorrection)).contains(",superseded,", ",0,0,0 B,").doesNotEndWith(",");
		assertThat(batch(sample2022)).contains(",superseded,", "," + heldRows + ",").endsWith(",");
		assertThat(currentBooks()).isEqualTo(publishedBooks.add(BigDecimal.valueOf(5000)));
		assertThat(traceBooks("--edition", "1")).isEqualTo(publishedTrace);
		assertMatches(checkPublished(publishedBooks, "--edition", "1"));
	}

	@Test
	@Order(4)
	void batchesShowsTheRowsEachIngestStagedAsACountOfItsPartitionsGives() {
		Map<Long, String> lines = CliRun.withDatabase("batches", "--format", "csv")
			.out()
			.lines()
			.skip(1)
			.collect(Collectors.toMap(line -> Long.parseLong(line.substring(0, line.indexOf(','))),
					Function.identity()));
		List<Long> unpruned = jdbc
			.sql("SELECT batch_id FROM batch WHERE batch_id NOT IN (SELECT batch_id FROM "
					+ "batch_pruned) ORDER BY batch_id")
			.query(Long.class)
			.list();
		assertThat(unpruned).hasSize(3);
		for (long batch : unpruned) {
			assertThat(lines.get(batch)).as("batch " + batch).contains("," + stagedRows(batch) + ",");
		}
	}

	@Test
	@Order(5)
	void theExplanationsCarryOverSoTheCorrectionPublishesAsANewEditionAndTheTrailVerifies() {
		CliRun correction = publish("嘉兴市 2023 年中职教育质量年度报告（更正）");
		assertThat(correction.code()).as(correction.err()).isZero();
		assertThat(correction.out()).startsWith("published edition 2 of 330400 AY2022");
		assertThat(jdbc.sql("SELECT replaces FROM edition WHERE edition_id = 2").query(Long.class).single())
			.isEqualTo(1L);
		assertThat(editionBooks(1)).isEqualTo(publishedBooks);
		assertThat(editionBooks(2)).isEqualTo(publishedBooks.add(BigDecimal.valueOf(5000)));

		CliRun verified = CliRun.withDatabase("audit", "verify");
		assertThat(verified.code()).as(verified.err()).isZero();
		assertThat(verified.out()).matches("verified \\d+ entries, 2 editions\\R");
		String trail = CliRun.withDatabase("audit", "--format", "csv").out();
		assertThat(trail.lines().filter(line -> line.contains(",explain,王科长,"))).hasSize(4);
		assertThat(trail.lines().filter(line -> line.contains(",accept,李处长,"))).hasSize(3);
		assertThat(trail.lines().filter(line -> line.contains(",publish,王统计,"))).hasSize(2);
		assertThat(trail.lines().filter(line -> line.contains(",prune,运维张,"))).hasSize(1);
	}

	private long load(Path batch) {
		CliRun load = CliRun.withDatabase("load", batch.toString());
		assertThat(load.code()).as(load.out() + load.err()).isZero();
		return jdbc.sql("SELECT max(batch_id) FROM batch").query(Long.class).single();
	}

	private Path generateCorrected(String name, int schools) {
		Path out = folder.resolve(name);
		CliRun generate = CliRun.of("generate", "--year", "2022", "--out", out.toString(), "--correct-schools",
				Integer.toString(schools));
		assertThat(generate.code()).as(generate.err()).isZero();
		assertThat(generate.out().lines().filter(line -> line.startsWith("corrected "))).hasSize(schools);
		return out;
	}

	private static CliRun publish(String title) {
		return CliRun.withDatabase("publish", "--region", REGION, "--period", "AY2022", "--title", title, "--by",
				"王统计");
	}

	private String traceBooks(String... edition) {
		List<String> args = new java.util.ArrayList<>(List.of("trace", BOOKS, "--scope", CITY, "--period", "AY2022"));
		args.addAll(List.of(edition));
		CliRun trace = CliRun.withDatabase(args.toArray(String[]::new));
		assertThat(trace.code()).as(trace.err()).isZero();
		return trace.out();
	}

	private CliRun checkPublished(BigDecimal books, String... edition) {
		try {
			Path published = Files
				.writeString(
						folder.resolve("published.csv"), "section,indicator,scope,period,value,unit,name_zh\n4.1,"
								+ BOOKS + "," + CITY + ",AY2022," + books.toPlainString() + ",册,纸质图书\n",
						StandardCharsets.UTF_8);
			List<String> args = new java.util.ArrayList<>(
					List.of("check-published", published.toString(), "--format", "csv"));
			args.addAll(List.of(edition));
			return CliRun.withDatabase(args.toArray(String[]::new));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void assertMatches(CliRun check) {
		assertThat(check.code()).as(check.err()).isZero();
		assertThat(check.out()).contains("MATCH");
	}

	private BigDecimal currentBooks() {
		return jdbc
			.sql("""
					SELECT f.value FROM figure f JOIN batch b USING (batch_id)
					WHERE f.indicator = :indicator AND f.scope = :scope AND f.period = 'AY2022'
					  AND b.batch_id = (SELECT max(batch_id) FROM batch WHERE loaded_at IS NOT NULL AND academic_year = 2022)""")
			.param("indicator", BOOKS)
			.param("scope", CITY)
			.query(BigDecimal.class)
			.single()
			.stripTrailingZeros();
	}

	private BigDecimal editionBooks(long edition) {
		return jdbc
			.sql("SELECT value FROM edition_figure WHERE edition_id = :e AND indicator = :indicator AND scope = :scope "
					+ "AND period = 'AY2022'")
			.param("e", edition)
			.param("indicator", BOOKS)
			.param("scope", CITY)
			.query(BigDecimal.class)
			.single()
			.stripTrailingZeros();
	}

	private String batch(long batch) {
		return CliRun.withDatabase("batches", "--format", "csv")
			.out()
			.lines()
			.filter(line -> line.startsWith(batch + ","))
			.findFirst()
			.orElseThrow();
	}

	private long stagedRows(long batch) {
		return STAGING.stream()
			.mapToLong(table -> jdbc.sql("SELECT count(*) FROM " + table + " WHERE batch_id = :b")
				.param("b", batch)
				.query(Long.class)
				.single())
			.sum();
	}

	/** The files whose SHA-256 in the second manifest differs from the first's. */
	private static List<String> changedFiles(Path before, Path after) throws IOException {
		Map<String, String> first = digests(before);
		return digests(after).entrySet()
			.stream()
			.filter(e -> !e.getValue().equals(first.get(e.getKey())))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static Map<String, String> digests(Path batch) throws IOException {
		Matcher entry = MANIFEST_ENTRY.matcher(Files.readString(batch.resolve("batch.json"), StandardCharsets.UTF_8));
		Map<String, String> digests = new java.util.TreeMap<>();
		while (entry.find()) {
			digests.put(entry.group(1), entry.group(2));
		}
		return digests;
	}

}
