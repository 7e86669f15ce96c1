package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;

/**
 * Region, academic year and period are checked before anything is loaded: a bad option is
 * exit 2 in one line, the same value from a batch's manifest refuses the batch, exit 3;
 * either way no batch is registered.
 */
@PostgresTest
class OptionValidationTest {

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void aBadRegionOrAcademicYearOptionIsAUsageErrorAndLoadsNothing() {
		Path batch = new BatchFixture().withoutManifest().writeTo(folder.resolve("batch"));
		long batches = batches();

		assertUsageError(CliRun.withDatabase("load", batch.toString(), "--region", "3304';", "--academic-year", "2022"),
				"vocstat: region '3304';' is not a region code: six digits (GB/T 2260 区划代码), e.g. 330400 (--region)");
		assertUsageError(CliRun.withDatabase("load", batch.toString(), "--region", "999999", "--academic-year", "2022"),
				"vocstat: region 999999 is not a region code: 99 is no province's code (GB/T 2260: 11–15, 21–23, 31–37, "
						+ "41–46, 50–54, 61–65, 71, 81, 82; 000000 for the whole country) (--region)");
		assertUsageError(CliRun.withDatabase("load", batch.toString(), "--region", "330400", "--academic-year", "-5"),
				"vocstat: academic year -5 is out of range: 2000 to " + org.vocstat.delivery.AcademicYear.last()
						+ " (--academic-year)");
		assertThat(batches()).isEqualTo(batches);
	}

	@Test
	void everyCommandTakingARegionOrPeriodChecksIt() {
		int last = org.vocstat.delivery.AcademicYear.last();
		String periods = "AY2000 to AY" + last + ", CY2001 to CY" + (last + 1) + " (--period)";
		String notAProvince = " is not a region code: 99 is no province's code (GB/T 2260: 11–15, 21–23, 31–37, "
				+ "41–46, 50–54, 61–65, 71, 81, 82; 000000 for the whole country)";
		assertUsageError(CliRun.withDatabase("indicators", "--period", "AY1999"),
				"vocstat: period AY1999 is out of range: " + periods);
		assertUsageError(CliRun.withDatabase("indicators", "--period", "AY2022", "--region", "33040"),
				"vocstat: region '33040' is not a region code: six digits (GB/T 2260 区划代码), e.g. 330400 (--region)");
		assertUsageError(CliRun.withDatabase("report", "--period", "CY2000"),
				"vocstat: period CY2000 is out of range: " + periods);
		assertUsageError(CliRun.withDatabase("report", "--period", "2022"),
				"vocstat: period '2022' is not AY<year> or CY<year>, e.g. AY2022 (--period)");
		assertUsageError(
				CliRun.withDatabase("trace", "enrolment.in_school", "--scope", "city:999999", "--period", "AY2022"),
				"vocstat: region 999999" + notAProvince + " (--scope)");
		// The region is checked before the file is read: a missing file alone would be
		// exit 2 too.
		assertUsageError(CliRun.withDatabase("check-published", "no-such.csv", "--region", "99"),
				"vocstat: region '99' is not a region code: six digits (GB/T 2260 区划代码), e.g. 330400 (--region)");
		assertUsageError(CliRun.of("generate", "--region", "990000", "--year", "2022", "--out", folder.toString()),
				"vocstat: region 990000 is not a region code: 99 is no province's code (GB/T 2260: 11–15, 21–23, 31–37, "
						+ "41–46, 50–54, 61–65, 71, 81, 82; 000000 for the whole country) (--region)");
		assertUsageError(
				CliRun.of("generate", "--region", "330000", "--year", "2022", "--scale", "national", "--out",
						folder.resolve("national").toString()),
				"vocstat: --scale national generates the nation's batch: its region is 000000, not 330000"
						+ " (its schools lie across the country)");
		assertThat(folder.resolve("national")).doesNotExist();
		assertUsageError(CliRun.of("generate", "--year", "1999", "--out", folder.toString()),
				"vocstat: academic year 1999 is out of range: 2000 to " + last + " (--year)");
	}

	@Test
	void aManifestWithABadRegionOrYearRefusesTheBatch() throws IOException {
		Path badRegion = withManifest("\"region\":\"330400\"", "\"region\":\"999999\"", "region");
		Path badYear = withManifest("\"academicYear\":2022", "\"academicYear\":-5", "year");
		long batches = batches();

		CliRun region = CliRun.withDatabase("load", badRegion.toString());
		assertThat(region.code()).as(region.err()).isEqualTo(3);
		assertThat(region.out()).contains("REFUSED: " + badRegion.resolve("batch.json")
				+ ": region 999999 is not a region code: 99 is no province's code");
		CliRun year = CliRun.withDatabase("load", badYear.toString());
		assertThat(year.code()).isEqualTo(3);
		assertThat(year.out()).contains("academic year -5 is out of range");

		Path inbox = folder.resolve("inbox");
		Files.createDirectories(inbox);
		Files.move(badRegion, inbox.resolve("region"));
		CliRun nightly = CliRun.withDatabase("nightly", "--inbox", inbox.toString(), "--archive",
				folder.resolve("archive").toString(), "--format", "csv");
		assertThat(nightly.code()).isEqualTo(3);
		assertThat(nightly.out()).contains("region,REFUSED,").contains("region 999999 is not a region code");
		assertThat(batches()).isEqualTo(batches);
	}

	private Path withManifest(String from, String to, String name) throws IOException {
		Path batch = new BatchFixture().writeTo(folder.resolve(name));
		Path manifest = batch.resolve("batch.json");
		String text = Files.readString(manifest);
		assertThat(text).contains(from);
		Files.writeString(manifest, text.replace(from, to));
		return batch;
	}

	private long batches() {
		return jdbc.sql("SELECT count(*) FROM batch").query(Long.class).single();
	}

	private static void assertUsageError(CliRun run, String line) {
		assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
		assertThat(run.err()).isEqualTo(line + System.lineSeparator());
	}

}
