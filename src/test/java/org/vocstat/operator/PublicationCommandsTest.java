package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * The publication and retention commands as an operator runs them: nightly prunes by the
 * configured policy, {@code batches} shows it, {@code publish} publishes once and then
 * says nothing changed, an edition is traced, checked and rendered, {@code audit verify}
 * exits 0 and then 1 after an audit row is altered, and bad input is one line with exit 2
 * (unknown region, edition) or 4 (prune while a load runs).
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationCommandsTest {

	private static final long LOAD_LOCK = 0x766f6373746174L;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	private CliRun nightly;

	@BeforeAll
	void nightlyLoadsThreeExportsOfTheSameYearAndPrunesToTheLatestOne(@TempDir Path inbox, @TempDir Path archive) {
		Warehouses.truncateAll(jdbc);
		// None is the plain fixture, which other command tests load expecting it new.
		new BatchFixture().withSmsStudents(1, 4, "21", "男").writeTo(inbox.resolve("a-first"));
		new BatchFixture().withSmsStudents(2, 5, "31", "男").writeTo(inbox.resolve("b-second"));
		new BatchFixture().withSmsStudents(3, 6, "41", "女").writeTo(inbox.resolve("c-third"));
		nightly = CliRun.withDatabase("nightly", "--inbox", inbox.toString(), "--archive", archive.toString(),
				"--vocstat.retention.keep-latest=1");
	}

	@AfterAll
	void leaveAnEmptyWarehouse() {
		Warehouses.truncateAll(jdbc);
	}

	@Test
	void nightlyAppliesTheRetentionPolicyAndBatchesShowsWhatWasPruned() {
		assertThat(nightly.code()).as(nightly.err()).isZero();
		assertThat(nightly.err()).contains("nightly: prune: freed ").contains(" from 2 batches");

		CliRun batches = CliRun.withDatabase("batches", "--format", "csv");

		assertThat(batches.code()).as(batches.err()).isZero();
		assertThat(batches.out().lines().skip(1)).hasSize(3);
		assertThat(batches.out().lines().filter(line -> line.contains(",current,"))).singleElement()
			.satisfies(line -> assertThat(line).endsWith(","));
		assertThat(batches.out().lines().filter(line -> line.contains(",superseded,"))).hasSize(2)
			.allSatisfy(line -> assertThat(line).contains(",0,0,0 B,").doesNotEndWith(","));
	}

	@Test
	void publishOnceThenNothingChangedThenTraceCheckAndReportTheEdition(@TempDir Path folder) throws Exception {
		// The fixture's one-student schools have no teachers, an error only a corrected
		// export clears: published over it, as the override records.
		CliRun publish = CliRun.withDatabase("publish", "--region", "330400", "--period", "AY2022", "--title",
				"嘉兴 2023 年报", "--by", "王统计", "--override", "测试夹具，无教师数据");
		assertThat(publish.code()).as(publish.err()).isZero();
		assertThat(publish.out()).startsWith("published edition 1 of 330400 AY2022");

		CliRun again = CliRun.withDatabase("publish", "--region", "330400", "--period", "AY2022", "--title", "again",
				"--by", "王统计", "--override", "测试夹具，无教师数据");
		assertThat(again.code()).isZero();
		assertThat(again.out()).startsWith("nothing changed since edition 1");

		CliRun editions = CliRun.withDatabase("editions", "--format", "csv");
		assertThat(editions.out().lines()).hasSize(2).last().asString().contains("嘉兴 2023 年报", "王统计");

		CliRun trace = CliRun.withDatabase("trace", "enrolment.in_school", "--scope", "city:330400", "--period",
				"AY2022", "--edition", "1");
		assertThat(trace.code()).as(trace.err()).isZero();
		assertThat(trace.out()).contains("the contributing rows are unchanged");

		Path published = Files.writeString(folder.resolve("published.csv"),
				"section,indicator,scope,period,value,unit,name_zh\n1.1,schools.count,city:330400,AY2022,2,所,学校数\n",
				StandardCharsets.UTF_8);
		CliRun check = CliRun.withDatabase("check-published", published.toString(), "--edition", "1", "--format",
				"csv");
		assertThat(check.code()).as(check.err()).isZero();
		assertThat(check.out()).contains("MATCH");

		CliRun report = CliRun.withDatabase("report", "--edition", "1");
		assertThat(report.code()).as(report.err()).isZero();
		assertThat(report.out()).contains("### 表 1 中职在校生规模统计表", "| 指标代码 |", "`enrolment.in_school`")
			.contains("| 专任教师数（人） | ", " | `teachers.full_time` |");
		CliRun csv = CliRun.withDatabase("report", "--edition", "1", "--format", "csv");
		assertThat(csv.code()).as(csv.err()).isZero();
		assertThat(csv.out().lines().findFirst()).hasValue("table,row,column,value,indicator");
		assertThat(csv.out()).contains(",enrolment.in_school\n".translateEscapes());
		Path html = folder.resolve("edition-1.html");
		CliRun document = CliRun.withDatabase("report", "--edition", "1", "--format", "html", "--out", html.toString());
		assertThat(document.code()).as(document.err()).isZero();
		assertThat(Files.readString(html)).contains("已发布版本 1「嘉兴 2023 年报」", "王统计 发布于", "表 1 中职在校生规模统计表");

		CliRun audit = CliRun.withDatabase("audit", "--format", "csv");
		assertThat(audit.out()).contains(",load,", ",prune,", ",override,王统计,", ",publish,王统计,");
	}

	@Test
	void auditVerifyExitsZeroThenOneAfterAnAuditRowIsAltered() {
		CliRun verified = CliRun.withDatabase("audit", "verify");
		assertThat(verified.code()).as(verified.err()).isZero();
		assertThat(verified.out()).matches("verified \\d+ entries, \\d+ editions\\R");

		String detail = jdbc.sql("SELECT detail FROM audit_entry WHERE seq = 1").query(String.class).single();
		jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER USER").update();
		try {
			jdbc.sql("UPDATE audit_entry SET detail = 'nothing happened' WHERE seq = 1").update();
			CliRun broken = CliRun.withDatabase("audit", "verify");
			assertThat(broken.code()).isEqualTo(1);
			assertThat(broken.err()).startsWith("audit entry 1 (load) was altered").hasLineCount(1);
		}
		finally {
			jdbc.sql("UPDATE audit_entry SET detail = :detail WHERE seq = 1").param("detail", detail).update();
			jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER USER").update();
		}
		assertThat(CliRun.withDatabase("audit", "verify").code()).isZero();
	}

	@Test
	void badInputIsOneLineWithTheRightExitCode() throws Exception {
		CliRun region = CliRun.withDatabase("publish", "--region", "110000", "--period", "AY2022", "--title", "t",
				"--by", "王统计");
		assertThat(region.code()).isEqualTo(2);
		assertThat(region.err()).startsWith("vocstat: no loaded batch of region 110000 carries AY2022").hasLineCount(1);

		CliRun edition = CliRun.withDatabase("trace", "enrolment.in_school", "--scope", "city:330400", "--period",
				"AY2022", "--edition", "999");
		assertThat(edition.code()).isEqualTo(2);
		assertThat(edition.err()).isEqualTo("vocstat: there is no edition 999 (see vocstat editions)\n");

		try (Connection load = dataSource.getConnection(); Statement lock = load.createStatement()) {
			lock.execute("SELECT pg_advisory_lock(" + LOAD_LOCK + ")");
			try {
				CliRun prune = CliRun.withDatabase("prune", "--keep-latest", "0");
				assertThat(prune.code()).isEqualTo(4);
				assertThat(prune.err()).startsWith("prune refused, nothing dropped: another load is running")
					.hasLineCount(1);
			}
			finally {
				lock.execute("SELECT pg_advisory_unlock(" + LOAD_LOCK + ")");
			}
		}
	}

}
