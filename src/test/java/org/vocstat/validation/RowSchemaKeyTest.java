package org.vocstat.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vocstat.validation.ExportRows.of;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.vocstat.ingest.FileKind;
import org.vocstat.ingest.qrp.QrpFiles;
import org.vocstat.ingest.sms.SmsFiles;
import org.vocstat.ingest.tss.TssFiles;

/**
 * The staging columns that {@link Rule#DUPLICATE_KEY} compares: identities and student
 * numbers by their keyed hash, never by a masked form that different people share. The
 * SQL that moves duplicates is tested by the load job.
 */
class RowSchemaKeyTest {

	@Test
	void aKeyNamesRequiredColumnsOnly() {
		Column code = Column.required("学校代码", Fields.text(), "school_code");
		Column name = Column.optional("学校名称", Fields.text(), "school_name");

		assertThatThrownBy(() -> new RowSchema("stg_example", List.of(code, name), List.of("学校名称"), List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("stg_example: key 学校名称 is not a required column");
		assertThatThrownBy(() -> new RowSchema("stg_example", List.of(code), List.of("学校代码", "年度"), List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("stg_example: key 年度 is not a required column");
	}

	@Test
	void aHeaderNamesOneColumn() {
		Column code = Column.required("学校代码", Fields.text(), "school_code");
		Column again = Column.required("学校代码", Fields.text(), "school_code_again");

		assertThatThrownBy(() -> new RowSchema("stg_example", List.of(code, again), List.of(), List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("stg_example: header 学校代码 twice");
	}

	@Test
	void smsStudentsAndGraduatesAreKeyedOnTheStudentNumberHash() {
		assertThat(SmsFiles.STUDENTS.keyStagingColumns()).containsExactly("student_no_hash");
		assertThat(SmsFiles.GRADUATES.keyStagingColumns()).containsExactly("student_no_hash");
	}

	@Test
	void tssStudentsAndGraduatesAreKeyedOnTheStudentNumberHashWithinTheirSchool() {
		assertThat(TssFiles.STUDENTS.keyStagingColumns()).containsExactlyInAnyOrder("student_no_hash", "school_code");
		assertThat(TssFiles.GRADUATES.keyStagingColumns()).containsExactlyInAnyOrder("student_no_hash", "school_code");
	}

	@Test
	void schoolFilesAreKeyedOnTheSchoolCode() {
		assertThat(SmsFiles.SCHOOLS.keyStagingColumns()).containsExactly("school_code");
		assertThat(TssFiles.SCHOOLS.keyStagingColumns()).containsExactly("school_code");
		assertThat(QrpFiles.TEACHERS.keyStagingColumns()).containsExactlyInAnyOrder("school_code", "teacher_no");
	}

	@Test
	void everyKeyColumnOfEveryFileIsAColumnOfTheFile() {
		assertThat(List.of(FileKind.values())).allSatisfy(kind -> {
			RowSchema schema = kind.schema();
			assertThat(schema.headers()).as(kind.code()).containsAll(schema.keyColumns());
			assertThat(schema.stagingColumns()).as(kind.code()).containsAll(schema.keyStagingColumns());
			if (!schema.keyedByWholeLine()) {
				assertThat(schema.keyStagingColumns()).as(kind.code()).hasSameSizeAs(schema.keyColumns());
			}
		});
	}

	@Test
	void sameStudentNumberWrittenDifferentlyGivesTheSameKey() {
		ExportRows plain = of(SmsFiles.STUDENTS);
		ExportRows untidy = plain.with("学籍号", "g" + ExportRows.STUDENT_ID);

		assertThat(plain.staged(plain.validate(), "student_no_hash"))
			.isEqualTo(untidy.staged(untidy.validate(), "student_no_hash"));
	}

	@Test
	void awardsAndTrainingHaveNoNaturalKeySoOnlyAnIdenticalLineIsADuplicate() {
		// Two teams of one school may win the same prize at the same contest, and a
		// masked winner (张*明) cannot tell
		// them apart; only a line repeated byte for byte is a duplicate.
		assertThat(QrpFiles.AWARDS.keyedByWholeLine()).isTrue();
		assertThat(QrpFiles.AWARDS.keyStagingColumns()).containsExactly("line_sha256");
		assertThat(QrpFiles.TRAINING.keyStagingColumns()).containsExactly("line_sha256");
	}

	@Test
	void noFileIsKeyedOnAMaskedForm() {
		assertThat(List.of(FileKind.values()))
			.allSatisfy(kind -> assertThat(kind.schema().keyStagingColumns()).as(kind.code())
				.noneMatch(column -> column.endsWith("_masked")));
	}

	private static List<Object> keyOf(ExportRows row, Verdict verdict) {
		return row.schema().keyStagingColumns().stream().map(column -> row.staged(verdict, column)).toList();
	}

}
