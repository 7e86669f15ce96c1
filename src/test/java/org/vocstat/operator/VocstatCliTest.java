package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vocstat.VocstatApplication;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.TestPaths;

/**
 * The command line as an operator and a scheduler meet it: help, exit codes, one-line
 * errors without stack traces, and CSV output for scripts.
 */
class VocstatCliTest {

	@TempDir
	Path folder;

	@Test
	void helpListsTheCommandsAndExitCodes() {
		Run run = run(false, "--help");

		assertThat(run.code()).isZero();
		assertThat(run.out()).contains("load", "status", "quarantine", "generate", "3 batch refused");
	}

	@Test
	void unknownOptionIsAUsageError() {
		Run run = run(false, "load", "some-batch", "--no-such-option");

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err()).contains("--no-such-option");
	}

	@Test
	void aLaneCountOtherThanOneOrTwoIsAConfigurationErrorNamingTheSetting() {
		Run run = run(true, "load", folder.toString(), "--vocstat.ingest.lanes=3");

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err().strip()).isEqualTo(
				"vocstat: cannot start vocstat: vocstat.ingest.lanes must be 1 or 2 (0: one per core, at most 2), not 3"
						+ "; see docs/operating.md#configuration-reference");
	}

	@Test
	void aNegativeParallelismIsAConfigurationErrorNamingTheSettingAndItsBound() {
		Run run = run(true, "status", "--vocstat.indicators.parallelism=-1");

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err().strip())
			.isEqualTo("vocstat: cannot start vocstat: vocstat.indicators.parallelism must be 0"
					+ " (one per core) or a number of facts measured at once, not -1"
					+ "; see docs/operating.md#configuration-reference");
	}

	@Test
	void aSettingThatIsNotANumberIsAConfigurationErrorInOneLine() {
		Run run = run(true, "status", "--vocstat.ingest.lanes=two");

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err().strip())
			.isEqualTo("vocstat: cannot start vocstat: vocstat.ingest.lanes must be a whole number, not two"
					+ "; see docs/operating.md#configuration-reference");
	}

	@Test
	void aWorkMemoryPostgresqlWouldRefuseIsAConfigurationErrorBeforeAnyLoad() {
		Run run = run(true, "status", "--vocstat.sql.work-mem=lots");

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err().strip()).isEqualTo("vocstat: cannot start vocstat: vocstat.sql.work-mem must be a"
				+ " PostgreSQL memory amount such as 256MB or 1GB, not lots"
				+ "; see docs/operating.md#configuration-reference");
	}

	@Test
	void anUnreachableDatabaseIsAConfigurationErrorInOneLine() {
		Run run = run(false, "status", "--spring.datasource.url=jdbc:postgresql://localhost:1/none",
				"--vocstat.home=" + TestPaths.home());

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err().strip()).startsWith("vocstat: cannot start vocstat:")
			.contains("localhost:1")
			.doesNotContain("\n");
	}

	@Test
	void refusedBatchExitsWithThreeAndOneClearMessage() {
		Path batch = new BatchFixture().manifestRows("qrp/region.csv", 7).writeTo(folder);

		Run run = run(true, "load", batch.toString());

		assertThat(run.code()).isEqualTo(3);
		assertThat(run.out() + run.err()).contains("REFUSED", "qrp/region.csv: 1 data rows, the manifest says 7")
			.doesNotContain("\tat org.");
	}

	@Test
	void loadPrintsPerFileCountsAndStatusAndQuarantineComeAsCsv() {
		String bad = BatchFixture.smsStudent(BatchFixture.id("330402", "20070101", "091"), "男", "2007-01-01", "在籍", "")
			.replace("660102", "999998");
		Path batch = new BatchFixture().append("sms/students.csv", bad).writeTo(folder);

		Run load = run(true, "load", batch.toString());
		assertThat(load.code()).as(load.err()).isZero();
		assertThat(load.out()).contains("sms/students.csv", "MAJOR_UNKNOWN", "OK [run ");
		String runId = load.out().replaceAll("(?s).*OK \\[run (\\d+)\\].*", "$1");

		Run status = run(true, "status", runId, "--format", "csv");
		assertThat(status.code()).isZero();
		assertThat(status.out())
			.startsWith("run,step,file,sha256,read,loaded,quarantined,blank,warned,seconds,status,message")
			.contains("ingest.sms.students,sms/students.csv");

		Run quarantine = run(true, "quarantine", runId, "--format", "csv");
		assertThat(quarantine.code()).isZero();
		assertThat(quarantine.out()).contains("sms/students.csv,4,", "MAJOR_UNKNOWN")
			.doesNotContain(BatchFixture.id("330402", "20070101", "091"));
	}

	@Test
	void benchMeasuresAGeneratedBatchAgainstRawCopyAndPrintsTheRatios() {
		Path batch = folder.resolve("batch");
		Run generate = run(false, "generate", "--region", "330000", "--year", "2022", "--scale", "400", "--out",
				batch.toString());
		assertThat(generate.code()).as(generate.err()).isZero();

		Run bench = run(true, "bench", "--batch", batch.toString(), "--work", folder.toString(), "--format", "csv");

		assertThat(bench.code()).as(bench.err()).isZero();
		assertThat(bench.out()).startsWith("what,rows,seconds,rowsPerSecond,ratio")
			.contains("raw COPY before the load", "raw COPY after the load", "raw COPY (baseline: mean of 2)",
					"the runs differ by", "ingest.sms.students", "reconcile", "indicators",
					"× COPY throughput (target ≥ 0.6)", "× COPY time (target ≤ 3)");
		// Another batch: the warehouse now holds this one, and a batch loaded before is
		// not loaded again.
		Path smaller = folder.resolve("smaller");
		assertThat(run(false, "generate", "--region", "330000", "--year", "2022", "--scale", "300", "--out",
				smaller.toString())
			.code()).isZero();
		Run table = run(true, "bench", "--batch", smaller.toString(), "--work", folder.toString());
		assertThat(table.code()).as(table.err()).isZero();
		assertThat(table.out())
			.containsPattern("scale \\S+ · peak JVM RSS \\d+ MB \\(target < 1536\\) · ingest [0-9.]+ × COPY "
					+ "throughput · end to end [0-9.]+ × COPY time · JVM: heap cap \\d+ MB, collectors [^,]+, options \\S");
		Run notABatch = run(true, "bench", "--batch", folder.resolve("nothing").toString(), "--work",
				folder.toString());
		assertThat(notABatch.code()).isEqualTo(2);
		assertThat(notABatch.err()).contains("is not a generated batch");
	}

	private static Run run(boolean database, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		if (database) {
			all.addAll(List.of(TestPaths.springArgs()));
		}
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = VocstatCli.execute(VocstatApplication.class, all.toArray(String[]::new), new PrintWriter(out, true),
				new PrintWriter(err, true));
		return new Run(code, out.toString(), err.toString());
	}

	private record Run(int code, String out, String err) {
	}

}
