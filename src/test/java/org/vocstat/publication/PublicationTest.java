package org.vocstat.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vocstat.indicator.SmallRegion.CITY;
import static org.vocstat.indicator.SmallRegion.REGION;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.indicator.CheckResult;
import org.vocstat.indicator.Figure;
import org.vocstat.indicator.FigureStore;
import org.vocstat.indicator.Periods;
import org.vocstat.indicator.PublishedCheck;
import org.vocstat.indicator.PublishedFigure;
import org.vocstat.indicator.ReportTables;
import org.vocstat.indicator.SmallRegion;
import org.vocstat.indicator.Trace;
import org.vocstat.indicator.Tracer;
import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadBusyException;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.pipeline.Recompute;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;
import org.vocstat.trail.AuditEntry;
import org.vocstat.trail.AuditTrail;

/**
 * The publication workflow on the small region, in order: publishing is refused while
 * review findings are open, then freezes the figures; publishing them again changes
 * nothing; a corrected batch, a rerun and a prune leave the edition, its traces and its
 * published check as they were while the current figures move; prune keeps what an
 * edition needs; the audit trail records it all and verifies, and fails after a plain-SQL
 * change to an audit row, an edition figure or a staged row.
 */
@PostgresTest
@Import(PlantedFindings.Gate.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicationTest {

	/** The load lock's key ('vocstat' in ASCII), as LoadLock takes it. */
	private static final long LOAD_LOCK = 0x766f6373746174L;

	@Autowired
	BatchLoader loader;

	@Autowired
	Recompute recompute;

	@Autowired
	Publisher publisher;

	@Autowired
	Editions editions;

	@Autowired
	Retention retention;

	@Autowired
	Verification verification;

	@Autowired
	AuditTrail trail;

	@Autowired
	PlantedFindings findings;

	@Autowired
	FigureStore store;

	@Autowired
	Periods periods;

	@Autowired
	Tracer tracer;

	@Autowired
	ReportTables reports;

	@Autowired
	PublishedCheck check;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path folder;

	private LoadOutcome ay2021;

	private LoadOutcome original;

	private long firstEdition;

	private long corrected;

	private List<Figure> frozen;

	@BeforeAll
	void loadTheRegion(@TempDir Path batches) {
		Warehouses.truncateAll(jdbc);
		ay2021 = SmallRegion.load2021(loader, batches.resolve("2021"));
		assertThat(ay2021.exitCode()).as(ay2021.verdict()).isEqualTo(ExitCode.SUCCESS);
		original = SmallRegion.load2022(loader, batches.resolve("2022"));
		assertThat(original.exitCode()).as(original.verdict()).isEqualTo(ExitCode.SUCCESS);
	}

	@AfterAll
	void leaveAnEmptyWarehouse() {
		Warehouses.truncateAll(jdbc);
	}

	@Test
	@Order(1)
	void publishingIsRefusedWhileReviewFindingsAreOpenAndNothingIsWritten() {
		findings.open.addAll(
				List.of("#1 R01 school:3633000001 在校生数同比增幅 45%", "#2 R02 生师比 23", "#3 R05 占比 104%", "#4 R07 去向合计不符"));
		long entries = trail.entries(null).size();

		PublishOutcome outcome = publisher.publish(REGION, "AY2022", "嘉兴 2023 年报", "王统计", null);

		assertThat(outcome.kind()).isEqualTo(PublishOutcome.Kind.REFUSED);
		assertThat(outcome.message()).startsWith("publish refused: 4 open review findings: #1 R01")
			.contains("#3 R05")
			.doesNotContain("#4 R07")
			.doesNotContain("\n");
		assertThat(editions.all()).isEmpty();
		assertThat(trail.entries(null)).hasSize((int) entries);
	}

	@Test
	@Order(2)
	void anOverrideIsRecordedWithItsReasonAndTheFindingsItOverrode() {
		PublishOutcome outcome = publisher.publish(REGION, "AY2022", "嘉兴 2023 年报（预发布）", "王统计", "领导要求先行发布");

		assertThat(outcome.kind()).isEqualTo(PublishOutcome.Kind.PUBLISHED);
		Edition edition = editions.get(outcome.editionId());
		assertThat(edition.overrideReason()).isEqualTo("领导要求先行发布");
		List<AuditEntry> entries = trail.entries(null);
		AuditEntry override = entries.get(entries.size() - 2);
		assertThat(override.action()).isEqualTo("override");
		assertThat(override.who()).isEqualTo("王统计");
		assertThat(override.detail()).contains("领导要求先行发布").contains("#1 R01");
		assertThat(entries.get(entries.size() - 1).hash()).isEqualTo(edition.chainHead());
		findings.open.clear();
	}

	@Test
	@Order(3)
	void publishingFreezesTheBatchFiguresAndThePreviousYearsTheReportPairs() {
		// The override edition's content is the same; a fresh title does not make new
		// content.
		PublishOutcome outcome = publisher.publish(REGION, "AY2022", "嘉兴 2023 年报", "王统计", null);
		assertThat(outcome.kind()).as(outcome.message()).isEqualTo(PublishOutcome.Kind.UNCHANGED);
		firstEdition = outcome.editionId();
		Edition edition = editions.get(firstEdition);
		frozen = editions.figures(firstEdition);

		assertThat(edition.batchId()).isEqualTo(original.batchId());
		assertThat(editions.batches(firstEdition)).containsExactlyInAnyOrder(original.batchId(), ay2021.batchId());
		assertThat(frozen).filteredOn(f -> f.batchId() == original.batchId())
			.containsExactlyInAnyOrderElementsOf(store.ofBatch(original.batchId()));
		assertThat(frozen).extracting(Figure::period).contains("AY2022", "CY2023", "AY2021");
		assertThat(frozen).filteredOn(f -> f.batchId() == ay2021.batchId())
			.allSatisfy(f -> assertThat(f.scope()).isEqualTo(CITY));
		assertThat(edition.catalogueFingerprint()).hasSize(64);
	}

	@Test
	@Order(4)
	void publishingTheSameRegionAndPeriodAgainWithNothingChangedMakesNoEdition() {
		long before = editions.all().size();
		PublishOutcome again = publisher.publish(REGION, "AY2022", "again", "王统计", null);

		assertThat(again.kind()).isEqualTo(PublishOutcome.Kind.UNCHANGED);
		assertThat(again.editionId()).isEqualTo(firstEdition);
		assertThat(again.message()).startsWith("nothing changed since edition " + firstEdition);
		assertThat(editions.all()).hasSize((int) before);
	}

	@Test
	@Order(5)
	void theDatabaseRefusesToChangeAnEdition() {
		assertThatThrownBy(() -> jdbc.sql("UPDATE edition_figure SET value = value + 1 WHERE edition_id = :id")
			.param("id", firstEdition)
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> jdbc.sql("DELETE FROM edition WHERE edition_id = :id").param("id", firstEdition).update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE edition_batch CASCADE").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update()).hasMessageContaining("append-only");
		assertThat(editions.figures(firstEdition)).isEqualTo(frozen);
	}

	@Test
	@Order(6)
	void aCorrectedBatchMovesTheCurrentFiguresButNotTheEditionItsTracesOrItsCheck() {
		LoadOutcome correction = SmallRegion.loadCorrected2022(loader, folder.resolve("2022-c1"), 1);
		assertThat(correction.exitCode()).as(correction.verdict()).isEqualTo(ExitCode.SUCCESS);
		corrected = correction.batchId();
		assertThat(periods.currentBatch(REGION, 2022)).contains(corrected);
		assertThat(store.find(corrected, "enrolment.in_school", CITY, "AY2022")).get()
			.satisfies(f -> assertThat(f.value()).isEqualByComparingTo("8"));

		assertThat(editions.figures(firstEdition)).isEqualTo(frozen);
		EditionFigures edition = editions.open(firstEdition);
		Figure published = edition.find(original.batchId(), "enrolment.in_school", CITY, "AY2022").orElseThrow();
		assertThat(published.value()).isEqualByComparingTo("7");
		Trace trace = tracer.trace(published);
		assertThat(trace.unchanged()).isTrue();
		assertThat(trace.rows()).isNotEmpty();
		assertThat(reports.render(REGION, "AY2022", edition).get(0).rows())
			.anySatisfy(row -> assertThat(row).startsWith("2022", "7"));
		assertThat(reports.render(REGION, "AY2022").get(0).rows())
			.anySatisfy(row -> assertThat(row).startsWith("2022", "8"));
		List<PublishedFigure> file = List
			.of(new PublishedFigure("1", "enrolment.in_school", CITY, "AY2022", "7", "人", "在校生数"));
		assertThat(check.check(file, REGION, edition)).extracting(CheckResult::verdict)
			.containsExactly(CheckResult.MATCH);
		assertThat(check.check(file, REGION)).extracting(CheckResult::verdict).doesNotContain(CheckResult.MATCH);
	}

	@Test
	@Order(7)
	void aRerunOfTheEditionsBatchLeavesTheEditionAsItWas() {
		LoadOutcome rerun = recompute.rerun(original.jobExecutionId(), "indicators");
		assertThat(rerun.exitCode()).as(rerun.verdict()).isEqualTo(ExitCode.SUCCESS);

		assertThat(editions.figures(firstEdition)).isEqualTo(frozen);
		assertThat(trail.entries(null)).extracting(AuditEntry::action).contains("load", "rerun");
	}

	@Test
	@Order(8)
	void pruneDropsOnlyWhatNoEditionNeedsAndSaysHowMuchItFreed() {
		LoadOutcome second = SmallRegion.loadCorrected2022(loader, folder.resolve("2022-c2"), 2);
		assertThat(second.exitCode()).as(second.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(periods.currentBatch(REGION, 2022)).contains(second.batchId());
		long superseded = corrected;
		long figuresBefore = count("SELECT count(*) FROM figure WHERE batch_id = " + superseded);
		assertThat(figuresBefore).isPositive();

		PruneReport dry = retention.prune(0, true, "operator");
		assertThat(dry.lines()).extracting(PruneReport.Line::batch).containsExactly(superseded);
		assertThat(count("SELECT count(*) FROM figure WHERE batch_id = " + superseded)).isEqualTo(figuresBefore);

		PruneReport pruned = retention.prune(0, false, "operator");

		assertThat(pruned.lines()).extracting(PruneReport.Line::batch).containsExactly(superseded);
		assertThat(pruned.bytesFreed()).isPositive();
		assertThat(count("SELECT count(*) FROM figure WHERE batch_id = " + superseded)).isZero();
		assertThat(count("SELECT count(*) FROM stg_sms_student WHERE batch_id = " + superseded)).isZero();
		assertThat(count("SELECT count(*) FROM source_file WHERE batch_id = " + superseded)).isPositive();
		assertThat(count("SELECT count(*) FROM step_audit WHERE batch_id = " + superseded)).isPositive();
		assertThat(retention.batches()).filteredOn(b -> b.batch() == superseded)
			.singleElement()
			.satisfies(b -> assertThat(b.pruned()).isNotEmpty())
			.satisfies(b -> assertThat(b.bytes()).isZero());
		assertThat(retention.batches()).filteredOn(b -> b.batch() == original.batchId())
			.singleElement()
			.satisfies(b -> assertThat(b.editions()).isEqualTo(Long.toString(firstEdition)))
			.satisfies(b -> assertThat(b.stagedRows()).isPositive());
		assertThat(editions.figures(firstEdition)).isEqualTo(frozen);
		assertThat(tracer.trace(frozen.get(0)).unchanged()).isTrue();
		assertThat(trail.entries(null).get(trail.entries(null).size() - 1).objects())
			.containsExactly("batch:" + superseded);
		assertThat(retention.prune(0, false, "operator").lines()).isEmpty();
	}

	@Test
	@Order(9)
	void aCorrectionIsANewEditionReplacingTheLatest() {
		PublishOutcome outcome = publisher.publish(REGION, "AY2022", "嘉兴 2023 年报（更正）", "王统计", null);

		assertThat(outcome.kind()).as(outcome.message()).isEqualTo(PublishOutcome.Kind.PUBLISHED);
		assertThat(editions.get(outcome.editionId()).replaces()).isEqualTo(firstEdition);
		assertThat(editions.figures(firstEdition)).isEqualTo(frozen);
	}

	@Test
	@Order(10)
	void auditVerifyPassesOnAnUntouchedWarehouse() {
		Verification.Result result = verification.verify();

		assertThat(result.line()).as(result.line()).matches("verified \\d+ entries, 2 editions");
		assertThat(result.verified()).isTrue();
	}

	@Test
	@Order(11)
	void auditVerifyNamesAnAuditEntryAlteredWithPlainSql() {
		withTriggersOff("audit_entry", "UPDATE audit_entry SET who = 'someone else' WHERE seq = 2");
		try {
			assertThat(verification.verify().line()).startsWith("audit entry 2 (").contains("was altered");
		}
		finally {
			withTriggersOff("audit_entry", "UPDATE audit_entry SET who = '" + AuditTrail.osUser() + "' WHERE seq = 2");
		}
		assertThat(verification.verify().verified()).isTrue();
	}

	@Test
	@Order(12)
	void auditVerifyNamesAnEditionWhoseFigureWasAlteredWithPlainSql() {
		String where = " WHERE edition_id = " + firstEdition + " AND indicator = 'enrolment.in_school' AND scope = '"
				+ CITY + "' AND period = 'AY2022'";
		withTriggersOff("edition_figure", "UPDATE edition_figure SET value = value + 1" + where);
		try {
			assertThat(verification.verify().line()).startsWith("edition " + firstEdition + ": its figures");
		}
		finally {
			withTriggersOff("edition_figure", "UPDATE edition_figure SET value = value - 1" + where);
		}
		assertThat(verification.verify().verified()).isTrue();
	}

	@Test
	@Order(13)
	void auditVerifyNamesTheFigureWhoseStagedRowWasAlteredWithPlainSql() {
		String where = " WHERE batch_id = " + original.batchId() + " AND school_code = '" + SmallRegion.SCHOOL_A + "'";
		jdbc.sql("UPDATE stg_qrp_conditions SET equipment_value = equipment_value + 1" + where).update();
		try {
			assertThat(verification.verify().line()).startsWith("edition " + firstEdition + ": facilities.")
				.contains("(batch " + original.batchId() + ") no longer follows from its rows");
		}
		finally {
			jdbc.sql("UPDATE stg_qrp_conditions SET equipment_value = equipment_value - 1" + where).update();
		}
		assertThat(verification.verify().verified()).isTrue();
	}

	@Test
	@Order(14)
	void pruneAndPublishAreRefusedWhileALoadHoldsTheLock() throws Exception {
		try (Connection load = dataSource.getConnection(); Statement lock = load.createStatement()) {
			lock.execute("SELECT pg_advisory_lock(" + LOAD_LOCK + ")");
			try {
				long entries = trail.entries(null).size();
				assertThatThrownBy(() -> retention.prune(0, false, "operator")).isInstanceOf(LoadBusyException.class)
					.hasMessageContaining("nothing was done");
				assertThat(publisher.publish(REGION, "AY2021", "2021", "王统计", null).kind())
					.isEqualTo(PublishOutcome.Kind.BUSY);
				assertThat(trail.entries(null)).hasSize((int) entries);
			}
			finally {
				lock.execute("SELECT pg_advisory_unlock(" + LOAD_LOCK + ")");
			}
		}
	}

	@Test
	@Order(15)
	void unknownRegionPeriodOrEditionIsOneClearLine() {
		assertThatThrownBy(() -> publisher.publish("110000", "AY2022", "t", "王统计", null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("no loaded batch of region 110000 carries AY2022");
		assertThatThrownBy(() -> publisher.publish(REGION, "AY2019", "t", "王统计", null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("carries AY2019");
		assertThatThrownBy(() -> publisher.publish(REGION, "CY2023", "t", "王统计", null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("an edition is of an academic year");
		assertThatThrownBy(() -> editions.open(999)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("there is no edition 999 (see vocstat editions)");
		assertThatThrownBy(() -> retention.prune(-1, true, "operator")).isInstanceOf(IllegalArgumentException.class);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/**
	 * Runs {@code sql} on {@code table} with its refusing trigger off, as its owner
	 * could: what the chain and the content digests are there to catch.
	 */
	private void withTriggersOff(String table, String sql) {
		jdbc.sql("ALTER TABLE " + table + " DISABLE TRIGGER USER").update();
		try {
			jdbc.sql(sql).update();
		}
		finally {
			jdbc.sql("ALTER TABLE " + table + " ENABLE TRIGGER USER").update();
		}
	}

}
