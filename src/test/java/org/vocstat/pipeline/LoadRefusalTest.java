package org.vocstat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * A batch that must not load is refused whole (exit 3) with a message naming the file,
 * and nothing of it stays.
 */
@PostgresTest
class LoadRefusalTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void emptyWarehouse() {
		Warehouses.truncateAll(jdbc);
	}

	@Test
	void refusesBatchWhoseManifestShaDiffersAndLoadsNothing() {
		LoadOutcome outcome = loader
			.load(new BatchFixture().manifestSha("qrp/teachers.csv", "0".repeat(64)).writeTo(folder), null, null, null);

		assertThat(outcome.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(outcome.verdict()).contains("qrp/teachers.csv").contains("SHA-256");
		assertNothingLoaded();
	}

	@Test
	void refusesBatchWhoseManifestRowCountDiffers() {
		LoadOutcome outcome = loader.load(new BatchFixture().manifestRows("sms/students.csv", 3).writeTo(folder), null,
				null, null);

		assertThat(outcome.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(outcome.verdict()).contains("sms/students.csv: 2 data rows, the manifest says 3");
		assertNothingLoaded();
	}

	@Test
	void refusesBatchWithAMissingFile() {
		LoadOutcome outcome = loader.load(new BatchFixture().without("qrp/funding.csv").writeTo(folder), null, null,
				null);

		assertThat(outcome.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(outcome.verdict()).contains("qrp/funding.csv is missing");
		assertNothingLoaded();
	}

	@Test
	void refusesFileLackingARequiredColumnNamingIt() {
		BatchFixture batch = new BatchFixture().file("tss/students.csv",
				"学号,姓名,性别,出生年月,院校代码,专业编码,专业名称,培养层次,学制,入学时间,学籍状态,学籍变动时间,班级",
				"T2022001,李四,男,200701," + BatchFixture.TSS_SCHOOL + ",0302-4,数控加工,中级工,3,2022-09-01,在校,,数控2201");

		LoadOutcome outcome = loader.load(batch.writeTo(folder), null, null, null);

		assertThat(outcome.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(outcome.verdict()).contains("tss/students.csv lacks required column 身份证号");
		assertNothingLoaded();
	}

	@Test
	void refusesFileNamingAColumnTwiceUnderTwoOfItsNamesOrTheSameOne() {
		BatchFixture batch = new BatchFixture()
			.file("tss/students.csv", "学号,姓名,性别,身份证号,出生年月,院校代码,专业编码,专业名称,培养层次,学制,入学时间,学籍状态,学籍变动时间,班级,身份证件号",
					BatchFixture.tssStudent("T2022001", BatchFixture.id("330411", "20070101", "013"), "200701") + ","
							+ BatchFixture.id("330411", "20070202", "023"))
			.file("qrp/funding.csv", "学校代码,年度,财政专项拨款(万元),备注,备注", BatchFixture.SMS_SCHOOL + ",2023,1234.56,,");

		LoadOutcome outcome = loader.load(batch.writeTo(folder), null, null, null);

		assertThat(outcome.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(outcome.verdict()).contains(
				"tss/students.csv has column 身份证号 (cells 4: 身份证号, 15: 身份证件号) more than once",
				"qrp/funding.csv has column 备注 (cells 4: 备注, 5: 备注) more than once");
		assertNothingLoaded();
	}

	@Test
	void refusesManifestNamingAFileOutsideTheBatchInOneLineBeforeReadingIt() throws Exception {
		Path batch = new BatchFixture().writeTo(folder);
		Path manifest = batch.resolve("batch.json");
		Files.writeString(manifest,
				Files.readString(manifest)
					.replace("\"files\":[",
							"\"files\":[{\"path\":\"../../../../etc/passwd\",\"sha256\":\"" + "0".repeat(64) + "\"},"));

		LoadOutcome outcome = loader.load(batch, null, null, null);

		assertThat(outcome.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(outcome.verdict())
			.isEqualTo("batch.json: ../../../../etc/passwd lies outside the batch folder: refused, nothing read");
		assertNothingLoaded();
	}

	@Test
	void refusesAFileThatIsASymbolicLinkLeadingOutOfTheBatchThoughItsContentIsRight(@TempDir Path elsewhere)
			throws Exception {
		Path batch = new BatchFixture().writeTo(folder);
		Path students = batch.resolve("sms/students.csv");
		Path outside = Files.copy(students, elsewhere.resolve("students.csv"));
		Files.delete(students);
		Files.createSymbolicLink(students, outside);
		String refusal = "sms/students.csv leads to " + outside.toRealPath()
				+ " through a symbolic link, outside the batch folder: refused, nothing read";

		LoadOutcome listed = loader.load(batch, null, null, null);
		Files.delete(batch.resolve("batch.json"));
		LoadOutcome unlisted = loader.load(batch, "330400", 2022, null);

		assertThat(listed.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(listed.verdict()).isEqualTo("batch.json: " + refusal);
		assertThat(unlisted.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(unlisted.verdict()).isEqualTo(refusal);
		assertNothingLoaded();
	}

	@Test
	void loadsAFileThatIsASymbolicLinkInsideTheBatch() throws Exception {
		Path batch = new BatchFixture().writeTo(folder);
		Path students = batch.resolve("sms/students.csv");
		Path moved = Files.move(students, batch.resolve("sms/students-2022.csv"));
		Files.createSymbolicLink(students, moved.getFileName());

		LoadOutcome outcome = loader.load(batch, null, null, null);

		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
	}

	@Test
	void refusesFolderWithoutManifestWhenRegionAndYearAreNotGiven() {
		LoadOutcome outcome = loader.load(new BatchFixture().withoutManifest().writeTo(folder), null, null, null);

		assertThat(outcome.exitCode()).isEqualTo(ExitCode.REFUSED);
		assertThat(outcome.verdict()).contains("--region").contains("--academic-year");
	}

	@Test
	void loadsFolderWithoutManifestWhenRegionAndYearAreGiven() {
		LoadOutcome outcome = loader.load(new BatchFixture().withoutManifest().writeTo(folder), "330400", 2022, null);

		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(jdbc.sql("SELECT snapshot_date::text FROM batch").query(String.class).single())
			.isEqualTo("2022-10-31");
	}

	private void assertNothingLoaded() {
		for (String table : new String[] { "batch", "source_file", "quarantine", "stg_sms_school", "stg_sms_student",
				"stg_tss_student", "stg_qrp_teacher" }) {
			assertThat(jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()).as(table).isZero();
		}
	}

}
