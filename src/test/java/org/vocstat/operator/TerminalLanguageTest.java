package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.publication.PruneReport;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * The same commands under a Chinese and an English locale: nightly's details and its
 * retention line, a delivery's refusal, the inspector's problem list and {@code --help}
 * are in the reader's language; exit codes, status codes in CSV, file names and rule
 * codes are the same in both.
 */
@PostgresTest
class TerminalLanguageTest {

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void emptyWarehouse() {
		Warehouses.truncateAll(jdbc);
	}

	@AfterEach
	void english() {
		Locale.setDefault(Locale.ENGLISH);
	}

	@Test
	void nightlySaysWhyEachFolderWaitsOrIsRefusedInTheReadersLanguage() throws IOException {
		Path inbox = folder.resolve("inbox");
		new BatchFixture(2022).manifestSha("qrp/funding.csv", "0".repeat(64)).writeTo(inbox.resolve("copying-2022"));
		escapingManifest(new BatchFixture(2021).writeTo(inbox.resolve("escape-2021")));
		String archive = folder.resolve("archive").toString();

		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		CliRun zh = CliRun.withDatabase("nightly", "--inbox", inbox.toString(), "--archive", archive);
		CliRun zhCsv = CliRun.withDatabase("nightly", "--inbox", inbox.toString(), "--archive", archive, "--format",
				"csv");
		Locale.setDefault(Locale.ENGLISH);
		CliRun en = CliRun.withDatabase("nightly", "--inbox", inbox.toString(), "--archive", archive);

		assertThat(zh.code()).isEqualTo(en.code()).isEqualTo(3);
		assertThat(zh.out())
			.contains("等待中", "qrp/funding.csv 的 SHA-256 与清单不符（仍在复制？）", "已拒收",
					"../../../../etc/passwd 位于批次文件夹之外：已拒收，未读取任何内容")
			.doesNotContain("WAITING", "still copying", "lies outside");
		assertThat(zh.err()).contains("nightly：收件箱 2 个文件夹，退出码 3（REFUSED）");
		// CSV is for scripts: codes and English, whatever the locale
		assertThat(zhCsv.out()).contains("WAITING", "does not have the manifest's SHA-256", "REFUSED")
			.doesNotContain("等待中");
		assertThat(en.out())
			.contains("WAITING", "qrp/funding.csv does not have the manifest's SHA-256 (still copying?)", "REFUSED",
					"../../../../etc/passwd lies outside the batch folder: refused, nothing read")
			.doesNotContain("等待中", "位于");
		assertThat(en.err()).contains("nightly: 2 inbox folders, exit 3 (REFUSED)");
	}

	@Test
	void nightlysRetentionLineInEitherLanguage() {
		PruneReport.Line line = new PruneReport.Line(7, "330400", 2021, 1_000_000, "1.0 MB", "superseded");
		PruneReport report = new PruneReport(List.of(line, line), 2_000_000, false);

		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		String zh = PruneCommand.summary(report);
		String zhNothing = PruneCommand.summary(new PruneReport(List.of(), 0, true));
		Locale.setDefault(Locale.ENGLISH);
		String en = PruneCommand.summary(report);
		String enDryRun = PruneCommand.summary(new PruneReport(List.of(line), 1_000_000, true));

		assertThat(zh).startsWith("清理：从 2 个批次释放 ");
		assertThat(zhNothing).isEqualTo("清理：没有可清理的批次");
		assertThat(en).startsWith("prune: freed ").endsWith(" from 2 batches");
		assertThat(enDryRun).startsWith("prune --dry-run: would free ").endsWith(" from 1 batch");
	}

	@Test
	void aRefusedDeliveryAndTheInspectorsProblemsInEitherLanguage() {
		Path escapeZh = escapingManifest(new BatchFixture().writeTo(folder.resolve("escape-zh")));
		Path escapeEn = escapingManifest(new BatchFixture().writeTo(folder.resolve("escape-en")));
		Path rowsZh = new BatchFixture(2021).manifestRows("qrp/region.csv", 7).writeTo(folder.resolve("rows-zh"));
		Path rowsEn = new BatchFixture(2021).manifestRows("qrp/region.csv", 7).writeTo(folder.resolve("rows-en"));

		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		CliRun escapeInChinese = CliRun.withDatabase("load", escapeZh.toString());
		CliRun rowsInChinese = CliRun.withDatabase("load", rowsZh.toString());
		Locale.setDefault(Locale.ENGLISH);
		CliRun escapeInEnglish = CliRun.withDatabase("load", escapeEn.toString());
		CliRun rowsInEnglish = CliRun.withDatabase("load", rowsEn.toString());

		assertThat(escapeInChinese.code()).isEqualTo(escapeInEnglish.code()).isEqualTo(3);
		assertThat(escapeInChinese.out()).contains("REFUSED: batch.json：../../../../etc/passwd 位于批次文件夹之外：已拒收，未读取任何内容");
		assertThat(escapeInEnglish.out()).contains(
				"REFUSED: batch.json: ../../../../etc/passwd lies outside the batch folder: refused, nothing read");
		assertThat(rowsInChinese.code()).isEqualTo(rowsInEnglish.code()).isEqualTo(3);
		assertThat(rowsInChinese.out()).contains("批次 " + rowsZh + " 已拒收，未入库任何数据：\n  - qrp/region.csv：数据 1 行，清单中为 7 行")
			.doesNotContain("data rows");
		assertThat(rowsInEnglish.out()).contains(
				"batch " + rowsEn + " refused, nothing loaded:\n  - qrp/region.csv: 1 data rows, the manifest says 7");
	}

	@Test
	void anUnknownIndicatorScopeOrPeriodInEitherLanguage() {
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		CliRun indicatorZh = CliRun.withDatabase("trace", "enrolment.in_schol", "--scope", "city:330400", "--period",
				"AY2022", "--region", "330400");
		CliRun scopeZh = CliRun.withDatabase("trace", "enrolment.in_school", "--scope", "town:1", "--period", "AY2022",
				"--region", "330400");
		Locale.setDefault(Locale.ENGLISH);
		CliRun indicatorEn = CliRun.withDatabase("trace", "enrolment.in_schol", "--scope", "city:330400", "--period",
				"AY2022", "--region", "330400");

		assertThat(indicatorZh.code()).isEqualTo(indicatorEn.code()).isNotZero();
		assertThat(indicatorZh.err()).contains("指标目录中没有指标 enrolment.in_schol", "enrolment.in_school")
			.doesNotContain("in the catalogue");
		assertThat(indicatorEn.err()).contains("no indicator enrolment.in_schol in the catalogue; nearest: ");
		assertThat(scopeZh.err()).contains("范围的级别是 national、province、city、county 或 school，而不是 town");
	}

	@Test
	void helpInEitherLanguage() {
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		CliRun rootZh = CliRun.of("--help");
		CliRun nightlyZh = CliRun.of("nightly", "--help");
		Locale.setDefault(Locale.ENGLISH);
		CliRun nightlyEn = CliRun.of("nightly", "--help");

		assertThat(rootZh.code()).isEqualTo(nightlyZh.code()).isEqualTo(nightlyEn.code()).isZero();
		assertThat(rootZh.out()).contains("用法：vocstat", "命令：", "load", "加载一个导出批次文件夹");
		assertThat(nightlyZh.out())
			.contains("用法：vocstat nightly", "--inbox=DIR", "存放交付批次文件夹的文件夹", "显示此帮助并退出", "table、csv 或 json（默认 table）")
			.doesNotContain("Folder of delivered", "Usage:");
		assertThat(nightlyEn.out())
			.contains("Usage: vocstat nightly", "--inbox=DIR", "Folder of delivered batch folders")
			.doesNotContain("用法", "收件箱");
	}

	@Test
	void aWorkbooksProblemInEitherLanguage() throws IOException {
		Path renamed = Files.writeString(folder.resolve("students.xlsx"), "学号,姓名\n1,张三\n");

		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		CliRun zh = CliRun.of("verify-row", renamed.toString(), "--row", "2");
		Locale.setDefault(Locale.ENGLISH);
		CliRun en = CliRun.of("verify-row", renamed.toString(), "--row", "2");

		assertThat(zh.code()).isEqualTo(en.code()).isEqualTo(2);
		assertThat(zh.err().strip()).isEqualTo("vocstat: students.xlsx 不是工作簿（是改了扩展名的 CSV 或文本文件？）：请另存为 .xlsx");
		assertThat(en.err().strip())
			.isEqualTo("vocstat: students.xlsx is not a workbook (a CSV or text file renamed?): save it as .xlsx");
	}

	/** The batch's manifest names a file outside its folder. */
	private static Path escapingManifest(Path batch) {
		try {
			Path manifest = batch.resolve("batch.json");
			Files.writeString(manifest, Files.readString(manifest)
				.replace("\"files\":[",
						"\"files\":[{\"path\":\"../../../../etc/passwd\",\"sha256\":\"" + "0".repeat(64) + "\"},"));
			return batch;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
