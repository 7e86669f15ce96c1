package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasureTest {

	@Test
	void knowsWhichColumnsItsDefinitionNames() {
		Measure measure = new Measure("x", "fact_training", "sum", "participants", "source LIKE 'qrp/%' AND hours > 8",
				"");
		assertThat(measure.mentions("participants")).isTrue();
		assertThat(measure.mentions("source")).isTrue();
		assertThat(measure.mentions("hours")).isTrue();
		// whole words only: line_sha256 is not named by a filter on line_sha256_hex, nor
		// masked by is_masked
		assertThat(new Measure("y", "fact_award", "count", "unit", "is_masked AND line_sha256_hex IS NULL", "")
			.mentions("masked")).isFalse();
		assertThat(
				new Measure("y", "fact_award", "count", "unit", "line_sha256_hex IS NULL", "").mentions("line_sha256"))
			.isFalse();
		assertThat(new Measure("z", "fact_award", "count", "unit", null, "").mentions("source")).isFalse();
		// unquoted names in any case are the same column to PostgreSQL
		assertThat(new Measure("w", "fact_school", "count", "unit", "STATUS = '正常'", "").mentions("status")).isTrue();
	}

	@Test
	void countsCompareValuesByteByByteAndCarryTheirFilter() {
		Measure count = new Measure("c", "fact_enrolment", "count", "unit", "in_school", "");
		assertThat(count.valueSql()).isEqualTo("count(DISTINCT (unit)::text COLLATE \"C\")");
		assertThat(count.valueSql(" FILTER (WHERE in_school)"))
			.isEqualTo("count(DISTINCT (unit)::text COLLATE \"C\") FILTER (WHERE in_school)");
		assertThat(count.valueSql(" FILTER (WHERE in_school)", true))
			.isEqualTo("count((unit)::text COLLATE \"C\") FILTER (WHERE in_school)");
		Measure sum = new Measure("s", "fact_training", "sum", "participants", "", "");
		assertThat(sum.valueSql(" FILTER (WHERE true)"))
			.isEqualTo("COALESCE(sum(participants) FILTER (WHERE true), 0)");
		assertThat(sum.valueSql(" FILTER (WHERE true)", true)).isEqualTo(sum.valueSql(" FILTER (WHERE true)"));
	}

}
