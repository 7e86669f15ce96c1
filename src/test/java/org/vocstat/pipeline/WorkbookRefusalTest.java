package org.vocstat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.delivery.BatchRefusedException;
import org.vocstat.ingest.FileKind;
import org.vocstat.ingest.HeaderAliases;
import org.vocstat.ingest.internal.RecordSources;
import org.vocstat.samples.WorkbookExport;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * A bad workbook refuses the whole batch (exit 3) with one line naming the file and what
 * is wrong with it, and nothing of the batch is loaded; a good one loads.
 */
@PostgresTest
class WorkbookRefusalTest {

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
	void loadsABatchWhoseStudentsAreAWorkbook() throws IOException {
		Path batch = new BatchFixture().writeTo(folder);
		WorkbookExport.convert(batch, List.of("sms/students"), "xlsx");

		LoadOutcome outcome = loader.load(batch, null, null, null);

		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		assertThat(jdbc.sql("SELECT path || ' ' || encoding FROM source_file WHERE kind = 'sms.students'")
			.query(String.class)
			.single()).isEqualTo("sms/students.xlsx xlsx");
	}

	@Test
	void refusesAnEncryptedWorkbook() throws Exception {
		Path batch = workbookBatch();
		Path students = batch.resolve("sms/students.xlsx");
		byte[] plain = Files.readAllBytes(students);
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("密码123");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(plain);
			}
			try (OutputStream out = Files.newOutputStream(students)) {
				fs.writeFilesystem(out);
			}
		}
		assertRefused(batch, "sms/students.xlsx is encrypted or password-protected");
	}

	@Test
	void refusesACorruptZip() throws IOException {
		Path batch = workbookBatch();
		Path students = batch.resolve("sms/students.xlsx");
		byte[] bytes = Files.readAllBytes(students);
		Files.write(students, Arrays.copyOf(bytes, bytes.length / 2));
		assertRefused(batch, "sms/students.xlsx is not a readable .xlsx workbook (corrupt zip?");
	}

	@Test
	void refusesAnXlsNamedXlsx() throws IOException {
		Path batch = workbookBatch();
		try (HSSFWorkbook workbook = new HSSFWorkbook();
				OutputStream out = Files.newOutputStream(batch.resolve("sms/students.xlsx"))) {
			workbook.createSheet("学生").createRow(0).createCell(0).setCellValue("学籍号");
			workbook.write(out);
		}
		assertRefused(batch, "sms/students.xlsx is an .xls (Excel 97-2003) workbook named .xlsx: rename it .xls");
	}

	@Test
	void refusesAnXlsxNamedXls() throws IOException {
		Path batch = workbookBatch();
		Files.move(batch.resolve("sms/students.xlsx"), batch.resolve("sms/students.xls"));
		assertRefused(batch, "sms/students.xls is an .xlsx workbook named .xls: rename it .xlsx");
	}

	@Test
	void refusesACsvFileNamedXlsx() throws IOException {
		Path batch = new BatchFixture().withoutManifest().writeTo(folder);
		Files.move(batch.resolve("sms/students.csv"), batch.resolve("sms/students.xlsx"));
		assertRefused(batch, "sms/students.xlsx is not a workbook (a CSV or text file renamed?)");
	}

	@Test
	void refusesAnEmptySheet() throws IOException {
		Path batch = workbookBatch();
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(batch.resolve("sms/students.xlsx"))) {
			workbook.createSheet("Sheet1");
			workbook.write(out);
		}
		assertRefused(batch, "sms/students.xlsx has an empty sheet: no header row, no records");
	}

	@Test
	void refusesASheetTheManifestNamesThatIsNotThere() throws IOException {
		Path batch = new BatchFixture().writeTo(folder);
		WorkbookExport.convert(batch, List.of("sms/students"), "xlsx");
		Path manifest = batch.resolve("batch.json");
		Files.writeString(manifest, Files.readString(manifest)
			.replace("{ \"path\": \"sms/students.xlsx\",", "{ \"path\": \"sms/students.xlsx\", \"sheet\": \"学生名册\","));
		assertRefused(batch, "sms/students.xlsx has no sheet named 学生名册 (its sheets: Sheet1)");
	}

	@Test
	void refusesAWorkbookLackingARequiredColumnNamingTheWorkbook() throws IOException {
		Path batch = workbookBatch();
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(batch.resolve("sms/students.xlsx"))) {
			workbook.createSheet("Sheet1").createRow(2).createCell(1).setCellValue("学籍号");
			workbook.write(out);
		}
		assertRefused(batch, "sms/students.xlsx lacks required columns 身份证件类型, 身份证件号, 姓名");
	}

	@Test
	void refusesABatchHoldingAFileAsCsvAndAsWorkbook() throws IOException {
		Path batch = workbookBatch();
		Files.copy(batch.resolve("sms/schools.csv"), batch.resolve("sms/schools.xlsx"),
				StandardCopyOption.REPLACE_EXISTING);
		assertRefused(batch, "the batch holds sms/schools.csv and sms/schools.xlsx");
	}

	@Test
	void refusesAWorkbookOverTheSizeLimit() throws IOException {
		Path batch = workbookBatch();
		Path students = batch.resolve("sms/students.xlsx");
		assertThatThrownBy(() -> RecordSources.open(FileKind.SMS_STUDENTS, students, "sms/students.xlsx", null,
				HeaderAliases.load(null), null, 1000))
			.isInstanceOf(BatchRefusedException.class)
			.hasMessageStartingWith("sms/students.xlsx is " + Files.size(students)
					+ " bytes, over the 1000 a workbook may have (vocstat.ingest.max-workbook-mb)");
	}

	private Path workbookBatch() throws IOException {
		Path batch = new BatchFixture().withoutManifest().writeTo(folder);
		WorkbookExport.convert(batch, List.of("sms/students"), "xlsx");
		return batch;
	}

	private void assertRefused(Path batch, String problem) {
		LoadOutcome outcome = loader.load(batch, "330400", 2022, null);

		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.REFUSED);
		assertThat(outcome.verdict()).contains(problem);
		assertThat(outcome.verdict().lines().filter(line -> line.contains("sms/students.x")).count())
			.isLessThanOrEqualTo(1);
		assertThat(outcome.verdict()).doesNotContain("Exception").doesNotContain("\tat ");
		for (String table : new String[] { "batch", "source_file", "quarantine", "stg_sms_school",
				"stg_sms_student" }) {
			assertThat(jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()).as(table).isZero();
		}
	}

}
