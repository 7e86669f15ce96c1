package org.vocstat.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlTemplateTest {

	@Test
	void putsQuotedTableNamesNumbersAndFragmentsInTheirPlaces() {
		String sql = SqlTemplate
			.of("ALTER TABLE ${parent} ATTACH PARTITION ${table} FOR VALUES IN (${files}) -- ${note}")
			.with("parent", new TableName("person_ledger_b7_new"))
			.with("table", new TableName("person_ledger_b7_new_students"))
			.with("files", List.of(3L, 4L))
			.with("note", SqlTemplate.of("batch ${batch}").with("batch", 7))
			.sql();

		assertThat(sql).isEqualTo(
				"ALTER TABLE \"person_ledger_b7_new\" ATTACH PARTITION \"person_ledger_b7_new_students\" FOR VALUES IN (3, 4) -- batch 7");
	}

	@Test
	void leavesBindParametersArrayLiteralsAndCastsAlone() {
		assertThat(SqlTemplate.of("SELECT '{}'::text[], :batch::bigint FROM ${table}")
			.with("table", new TableName("t"))
			.sql()).isEqualTo("SELECT '{}'::text[], :batch::bigint FROM \"t\"");
	}

	@Test
	void refusesAPlaceLeftEmptyOrNotInTheText() {
		assertThatThrownBy(() -> SqlTemplate.of("DROP TABLE ${table}").sql())
			.hasMessageContaining("${table} is not filled in");
		assertThatThrownBy(() -> SqlTemplate.of("DROP TABLE ${table}").with("tabel", new TableName("t")))
			.hasMessageContaining("no ${tabel}");
		assertThatThrownBy(() -> SqlTemplate.of("IN (${files})").with("files", List.of()))
			.hasMessageContaining("no values for ${files}");
	}

	@Test
	void aTableNameIsNeverAnythingButLowercaseLettersDigitsAndUnderscores() {
		assertThatThrownBy(() -> new TableName("figure_b1; DROP TABLE batch"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new TableName("figure_b1\"")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new TableName("Figure")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new TableName("")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new TableName("t".repeat(64))).isInstanceOf(IllegalArgumentException.class);
		assertThat(new TableName("t".repeat(63)).suffixed("")).isEqualTo(new TableName("t".repeat(63)));
		assertThat(new TableName("stg_sms_student").suffixed("_b12").quoted()).isEqualTo("\"stg_sms_student_b12\"");
	}

	@Test
	void readsTheSqlResourceBesideAClass() {
		assertThat(SqlTemplate.resource(SqlTemplateTest.class, "/org/vocstat/database/provision.sql").toString())
			.isNotBlank();
		assertThatThrownBy(() -> SqlTemplate.resource(SqlTemplateTest.class, "missing.sql"))
			.hasMessageContaining("no SQL resource missing.sql");
	}

}
