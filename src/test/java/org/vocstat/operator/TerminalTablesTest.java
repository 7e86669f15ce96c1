package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * Every command's table on a batch with Chinese content, at 80 and at 200 columns: no
 * line wider than the terminal (by display width), and every identifier — codes, ids,
 * files, line hashes, run numbers — whole; and the words in Chinese under a Chinese
 * locale, the codes the same.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerminalTablesTest {

	@Autowired
	JdbcClient jdbc;

	String run;

	String refusedRun;

	String published;

	Path batch;

	@BeforeAll
	void loadABatchWithQuarantinedRowsAndRefuseAnother() throws IOException {
		Warehouses.truncateAll(jdbc);
		Path folder = Files.createTempDirectory("terminal-tables");
		String student = BatchFixture.smsStudent(BatchFixture.id("330402", "20070909", "041"), "男", "2007-09-09", "在籍",
				"");
		batch = new BatchFixture()
			.append("sms/students.csv", student, student,
					BatchFixture.smsStudent(BatchFixture.id("330402", "20070505", "031"), "男", "2007-02-30", "在籍", ""))
			.writeTo(folder.resolve("good"));
		CliRun load = CliRun.withDatabase("load", batch.toString());
		assertThat(load.code()).as(load.out() + load.err()).isZero();
		run = load.runId();
		CliRun refused = CliRun.withDatabase("load",
				new BatchFixture(2021).manifestRows("qrp/region.csv", 7)
					.writeTo(folder.resolve("bad-rows"))
					.toString());
		assertThat(refused.code()).isEqualTo(3);
		refusedRun = refused.runId();
		published = Path.of("src/main/resources/published/jiaxing-2023.csv").toAbsolutePath().toString();
	}

	@AfterEach
	void englishAndTheTerminalsWidth() {
		Locale.setDefault(Locale.ENGLISH);
		System.clearProperty("vocstat.columns");
	}

	@Test
	void statusListsRunsWithTheirStateAndTimestampsWhole() {
		for (String out : tables("status")) {
			assertThat(out).contains("LOADED", "REFUSED").containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
		}
		assertIdentifiersWhole(List.of("status"), "run", "state", "region", "started");
	}

	@Test
	void statusOfARefusedRunShowsItsBatchRegionYearAndTheWholeReason() {
		for (String out : tables("status", refusedRun)) {
			assertThat(out).contains("REFUSED", "330400", "2021", "bad-rows")
				.contains("qrp/region.csv: 1 data rows, the manifest says 7")
				.doesNotContain("FAILED", "Exception", "\tat ");
		}
	}

	@Test
	void quarantineShowsFilesLinesHashesAndRulesWhole() {
		for (String out : tables("quarantine", run)) {
			assertThat(out).contains("在籍").doesNotContain("id_kind", "在*");
		}
		assertIdentifiersWhole(List.of("quarantine", run), "file", "line", "lineSha256", "rules");
	}

	@Test
	void indicatorsShowEveryCodeWholeEvenBesideLongChineseNames() {
		tables("indicators", "--period", "AY2022");
		assertIdentifiersWhole(List.of("indicators", "--period", "AY2022"), "indicator", "scope", "period");
	}

	@Test
	void reconcileBySchoolShowsSchoolCodesWholeAndCountsRightAligned() {
		tables("reconcile", run, "--by-school");
		assertIdentifiersWhole(List.of("reconcile", run, "--by-school"), "population", "system", "school");
	}

	@Test
	void checkPublishedShowsCodesWholeAndEndsInWords() {
		for (String out : tables("check-published", published)) {
			assertThat(out).doesNotContain("{", "=").containsPattern("\\d+ published figures: \\d+ [A-Z]");
		}
		assertIdentifiersWhole(List.of("check-published", published), "indicator", "scope", "period", "verdict");
	}

	@Test
	void traceShowsFilesAndLineHashesWhole() {
		List<String> trace = List.of("trace", "enrolment.in_school", "--scope", "city:330400", "--period", "AY2022");
		tables(trace.toArray(String[]::new));
		assertIdentifiersWhole(trace, "file", "line", "lineSha256");
	}

	@Test
	void aRecomputationShowsTheBatchItRecomputed() {
		CliRun rerun = CliRun.withDatabase("rerun", run, "--from", "indicators");
		assertThat(rerun.code()).as(rerun.out() + rerun.err()).isZero();
		String recompute = rerun.runId();

		List<String[]> runs = csv(CliRun.withDatabase("status", "--format", "csv").out());

		List<String> header = List.of(runs.get(0));
		String[] line = runs.stream().filter(r -> r[0].equals(recompute)).findFirst().orElseThrow();
		String[] load = runs.stream().filter(r -> r[0].equals(run)).findFirst().orElseThrow();
		assertThat(line[header.indexOf("batch")]).isNotEmpty().isEqualTo(load[header.indexOf("batch")]);
		assertThat(line[header.indexOf("state")]).isEqualTo("LOADED");
	}

	@Test
	void jsonGivesNumbersAsNumbers() {
		CliRun json = CliRun.withDatabase("indicators", "--period", "AY2022", "--format", "json");

		assertThat(json.out()).containsPattern("\"batch\" : \\d+,").containsPattern("\"value\" : [\\d.]+,");
		assertThat(CliRun.withDatabase("status", "--format", "json").out()).containsPattern("\"run\" : \\d+,")
			.contains("\"state\" : \"REFUSED\"");
	}

	@Test
	void headersAndStatusesAreChineseUnderAChineseLocaleAndCodesTheSame() {
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		CliRun status = CliRun.withDatabase("status");
		CliRun indicators = CliRun.withDatabase("indicators", "--period", "AY2022");
		CliRun missing = CliRun.of("check-published", "/no/such/published.csv");
		CliRun noRun = CliRun.withDatabase("status", "999");
		Locale.setDefault(Locale.ENGLISH);
		CliRun english = CliRun.withDatabase("status");

		assertThat(status.out()).contains("运行", "状态", "已入库", "已拒收").doesNotContain("LOADED");
		assertThat(indicators.out()).contains("指标", "范围", "enrolment.in_school", "city:330400");
		assertThat(missing.err()).contains("/no/such/published.csv 不存在");
		assertThat(noRun.code()).isEqualTo(2);
		assertThat(noRun.err()).contains("没有运行 999");
		assertThat(english.out()).contains("run", "state", "LOADED", "REFUSED").doesNotContain("运行", "已入库");
	}

	@Test
	void loadVerdictsAndConfigurationErrorsInEitherLanguageWithTheSameWords() throws IOException {
		Path file = Files.createTempFile("vocstat-home", ".txt");
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		CliRun missingZh = CliRun.withDatabase("load", "/no/such/batch");
		CliRun againZh = CliRun.withDatabase("load", batch.toString());
		CliRun homeZh = CliRun.of("--home", file.toString(), "status");
		Locale.setDefault(Locale.ENGLISH);
		CliRun missing = CliRun.withDatabase("load", "/no/such/batch");
		CliRun again = CliRun.withDatabase("load", batch.toString());
		CliRun home = CliRun.of("--home", file.toString(), "status");

		// The verdict's first word is a code scripts read: the same in both languages.
		assertThat(missingZh.code()).isEqualTo(missing.code()).isEqualTo(3);
		assertThat(missingZh.out()).contains("REFUSED: /no/such/batch 不存在");
		assertThat(missing.out()).contains("REFUSED: /no/such/batch does not exist");
		assertThat(againZh.code()).isEqualTo(again.code()).isZero();
		assertThat(againZh.out()).contains("OK: 已入库：此批次（摘要", "已由运行 " + run + " 完整入库").doesNotContain("already loaded");
		assertThat(again.out()).contains("OK: already loaded: this batch (digest", "by run " + run + "; nothing to do");
		assertThat(homeZh.code()).isEqualTo(home.code()).isEqualTo(2);
		assertThat(homeZh.err()).contains("vocstat 主目录 " + file + " 是文件，不是文件夹", "--home DIR").doesNotContain("\tat ");
		assertThat(home.err())
			.contains("the vocstat home " + file + " is a file, not a folder: give a folder you can write");
	}

	@Test
	void mistakesNameWhatIsThere() {
		assertThat(CliRun.withDatabase("trace", "enrolment.in_schol", "--scope", "city:330400", "--period", "AY2022")
			.err()).contains("nearest: enrolment.in_school");
		assertThat(CliRun.withDatabase("indicators", "--period", "AY2019").err())
			.contains("no loaded batch of 330400 carries AY2019; loaded: 330400 AY2022/CY2023");
		assertThat(CliRun.of("check-published", "/no/such/published.csv").err())
			.contains("/no/such/published.csv does not exist");
		CliRun missingFolder = CliRun.withDatabase("load", "/no/such/batch");
		assertThat(missingFolder.out() + missingFolder.err()).contains("/no/such/batch does not exist");
		CliRun again = CliRun.withDatabase("load",
				jdbc.sql("SELECT source_path FROM batch WHERE academic_year = 2022").query(String.class).single());
		assertThat(again.out()).contains("already loaded", "by run " + run);
	}

	/**
	 * The command's table at 80 and at 200 columns, each line checked against its width.
	 */
	private List<String> tables(String... args) {
		List<String> outputs = new ArrayList<>();
		for (int width : new int[] { 80, 200 }) {
			System.setProperty("vocstat.columns", Integer.toString(width));
			CliRun table = CliRun.withDatabase(args);
			assertThat(table.code()).as(table.err()).isZero();
			assertThat(table.out().lines()).as("%s at %d columns", List.of(args), width)
				.allSatisfy(line -> assertThat(TextWidth.of(line)).as(line).isLessThanOrEqualTo(width));
			outputs.add(table.out());
		}
		System.clearProperty("vocstat.columns");
		return outputs;
	}

	/**
	 * Every value of the identifying {@code columns} of the command's CSV appears whole
	 * in its table at 80 and at 200 columns.
	 */
	private void assertIdentifiersWhole(List<String> args, String... columns) {
		List<String> csvArgs = new ArrayList<>(args);
		csvArgs.addAll(List.of("--format", "csv"));
		List<String[]> rows = csv(CliRun.withDatabase(csvArgs.toArray(String[]::new)).out());
		assertThat(rows).as("%s gives rows", args).hasSizeGreaterThan(1);
		List<String> header = List.of(rows.get(0));
		List<String> tables = tables(args.toArray(String[]::new));
		for (String column : columns) {
			int at = header.indexOf(column);
			assertThat(at).as(column).isNotNegative();
			for (String[] row : rows.subList(1, rows.size())) {
				for (String table : tables) {
					assertThat(table).as("%s %s", args, column).contains(row[at]);
				}
			}
		}
	}

	private static List<String[]> csv(String text) {
		try (CSVReader reader = new CSVReader(new StringReader(text))) {
			return reader.readAll();
		}
		catch (IOException | CsvException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
