package org.vocstat.operating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.NightlyLoad;
import org.vocstat.pipeline.NightlyReport;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * The unattended nightly load: complete batches loaded oldest first and archived with
 * their manifest, a batch still being copied left alone and reported, a refused batch
 * left in the inbox, and an exit code that sums it up.
 */
@PostgresTest
class NightlyLoadTest {

	@Autowired
	NightlyLoad nightly;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path inbox;

	@TempDir
	Path archive;

	@BeforeEach
	void emptyWarehouse() {
		Warehouses.truncateAll(jdbc);
	}

	@Test
	void loadsCompleteBatchesOldestFirstArchivesThemAndLeavesACopyInProgressAlone() throws Exception {
		new BatchFixture(2022).writeTo(inbox.resolve("a-2022"));
		new BatchFixture(2021).writeTo(inbox.resolve("b-2021"));
		Path copying = new BatchFixture(2023).writeTo(inbox.resolve("c-2023"));
		Files.writeString(copying.resolve("qrp/funding.csv"), "学校代码,年度");

		NightlyReport report = nightly.run(inbox, archive);

		assertThat(report.exitCode()).isEqualTo(ExitCode.SUCCESS);
		assertThat(report.lines()).extracting(NightlyReport.Line::folder, NightlyReport.Line::outcome)
			.containsExactly(tuple("b-2021", "LOADED"), tuple("a-2022", "LOADED"), tuple("c-2023", "WAITING"));
		assertThat(jdbc.sql("SELECT academic_year FROM batch ORDER BY batch_id").query(Integer.class).list())
			.containsExactly(2021, 2022);
		assertThat(archive.resolve("a-2022/batch.json")).exists();
		assertThat(archive.resolve("b-2021/sms/students.csv")).exists();
		assertThat(inbox.resolve("a-2022")).doesNotExist();
		assertThat(inbox.resolve("c-2023/batch.json")).exists();
	}

	@Test
	void aBatchWhoseFileHasNotMatchedItsManifestForOverSixHoursIsStaleAndExitsThree() throws Exception {
		Path corrupt = new BatchFixture(2022).manifestSha("qrp/funding.csv", "0".repeat(64))
			.writeTo(inbox.resolve("corrupt-2022"));
		Path copying = new BatchFixture(2021).manifestSha("qrp/funding.csv", "0".repeat(64))
			.writeTo(inbox.resolve("copying-2021"));
		FileTime sevenHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(7)));
		try (Stream<Path> files = Files.walk(corrupt)) {
			for (Path file : files.toList()) {
				Files.setLastModifiedTime(file, sevenHoursAgo);
			}
		}
		Files.setLastModifiedTime(copying.resolve("qrp/funding.csv"), sevenHoursAgo);

		NightlyReport report = nightly.run(inbox, archive);

		assertThat(report.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(report.lines()).extracting(NightlyReport.Line::folder, NightlyReport.Line::outcome)
			.containsExactly(tuple("copying-2021", "WAITING"), tuple("corrupt-2022", "STALE"));
		assertThat(report.lines().get(1).detail()).contains("qrp/funding.csv", "vocstat.inbox.stale-after");
		assertThat(corrupt.resolve("batch.json")).exists();
	}

	@Test
	void exitsThreeAndKeepsARefusedBatchInTheInbox() {
		new BatchFixture(2022).header("qrp/funding.csv", "学校代码,年度,拨款").writeTo(inbox.resolve("bad-2022"));

		NightlyReport report = nightly.run(inbox, archive);

		assertThat(report.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(report.lines()).singleElement()
			.satisfies(line -> assertThat(line.detail()).contains("qrp/funding.csv lacks required column 财政专项拨款(万元)"));
		assertThat(inbox.resolve("bad-2022/batch.json")).exists();
		assertThat(jdbc.sql("SELECT count(*) FROM batch").query(Long.class).single()).isZero();
	}

	@Test
	void refusesAManifestNamingAFileOutsideItsFolderWithoutHashingIt() throws Exception {
		Path batch = new BatchFixture(2022).writeTo(inbox.resolve("escape-2022"));
		Path manifest = batch.resolve("batch.json");
		Files.writeString(manifest,
				Files.readString(manifest)
					.replace("\"files\":[",
							"\"files\":[{\"path\":\"../../../../etc/passwd\",\"sha256\":\"" + "0".repeat(64) + "\"},"));

		NightlyReport report = nightly.run(inbox, archive);

		assertThat(report.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(report.lines()).singleElement()
			.satisfies(line -> assertThat(line.outcome()).isEqualTo("REFUSED"))
			.satisfies(line -> assertThat(line.detail())
				.isEqualTo("batch.json: ../../../../etc/passwd lies outside the batch folder: refused, nothing read"));
		assertThat(manifest).exists();
		assertThat(jdbc.sql("SELECT count(*) FROM batch").query(Long.class).single()).isZero();
	}

	@Test
	void aBatchDeliveredAgainIsArchivedAsAlreadyLoaded() {
		new BatchFixture(2022).writeTo(inbox.resolve("first"));
		nightly.run(inbox, archive);
		new BatchFixture(2022).writeTo(inbox.resolve("again"));

		NightlyReport report = nightly.run(inbox, archive);

		assertThat(report.exitCode()).isEqualTo(ExitCode.SUCCESS);
		assertThat(report.lines()).singleElement().extracting(NightlyReport.Line::outcome).isEqualTo("ALREADY LOADED");
		assertThat(jdbc.sql("SELECT count(*) FROM batch").query(Long.class).single()).isEqualTo(1);
	}

}
