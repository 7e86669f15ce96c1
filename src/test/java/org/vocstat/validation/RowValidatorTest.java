package org.vocstat.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.vocstat.ingest.sms.SmsFiles;

/**
 * The validator finds each column through the header index, so columns may come in any
 * order and optional ones may be missing; values come back in staging order, one per
 * staging column.
 */
class RowValidatorTest {

	private final ExportRows student = ExportRows.of(SmsFiles.STUDENTS);

	@Test
	void readsColumnsInAnyOrderThroughTheHeaderIndex() {
		String[] canonical = student.fields();
		int n = canonical.length;
		String[] reversed = new String[n];
		int[] index = new int[n];
		for (int i = 0; i < n; i++) {
			reversed[n - 1 - i] = canonical[i];
			index[i] = n - 1 - i;
		}

		Verdict inOrder = student.validate();
		Verdict outOfOrder = new RowValidator(SmsFiles.STUDENTS, index).validate(reversed, ExportRows.BATCH);

		assertThat(outOfOrder.findings()).isEmpty();
		assertThat(outOfOrder.values()).containsExactly(inOrder.values());
	}

	@Test
	void stagesNullForOptionalColumnTheFileDoesNotHave() {
		List<String> headers = SmsFiles.STUDENTS.headers();
		int ethnicity = headers.indexOf("民族");
		int[] index = IntStream.range(0, headers.size()).map(i -> i == ethnicity ? -1 : i).toArray();

		Verdict verdict = new RowValidator(SmsFiles.STUDENTS, index).validate(student.fields(), ExportRows.BATCH);

		assertThat(verdict.findings()).isEmpty();
		assertThat(student.staged(verdict, "ethnicity")).isNull();
	}

	@Test
	void rejectsRequiredColumnTheFileDoesNotHave() {
		List<String> headers = SmsFiles.STUDENTS.headers();
		int name = headers.indexOf("姓名");
		int[] index = IntStream.range(0, headers.size()).map(i -> i == name ? -1 : i).toArray();

		Verdict verdict = new RowValidator(SmsFiles.STUDENTS, index).validate(student.fields(), ExportRows.BATCH);

		assertThat(verdict.rejections()).extracting(Finding::render).containsExactly("姓名: is blank [REQUIRED]");
	}

	@Test
	void ignoresExtraFieldsOfTheRecord() {
		List<String> withExtra = new ArrayList<>(List.of(student.fields()));
		withExtra.add("备注：额外列");
		int[] index = IntStream.range(0, SmsFiles.STUDENTS.columns().size()).toArray();

		Verdict verdict = new RowValidator(SmsFiles.STUDENTS, index).validate(withExtra.toArray(String[]::new),
				ExportRows.BATCH);

		assertThat(verdict.findings()).isEmpty();
		assertThat(verdict.values()).containsExactly(student.validate().values());
	}

	@Test
	void stagesOneValuePerStagingColumnAfterTheLineageColumns() {
		Verdict verdict = student.validate();

		assertThat(verdict.values())
			.hasSize(SmsFiles.STUDENTS.stagingColumns().size() - RowSchema.LINEAGE_COLUMNS.size());
		assertThat(student.staged(verdict, "status_changed")).as("the one blank field").isNull();
		assertThat(Arrays.stream(verdict.values()).filter(Objects::isNull)).hasSize(1);
	}

}
