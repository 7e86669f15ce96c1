package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.vocstat.support.PostgresTest;

/**
 * What the measures of a materialised fact run over: a count runs without its sort only
 * over an expression whose every value is in one row, proven over the whole table (a
 * value repeated after the first rows looked at keeps the count of distinct values); rows
 * that repeat the same values many times collapse to one each, with their lines' number
 * and slices' sums, and rows that do not stay as they are.
 */
@PostgresTest
class MaterialisedFactsTest {

	private static final int LINES = MaterialisedFacts.FIRST_ROWS + 1;

	private static final Measure UNITS = new Measure("test.units", "fact_test", "count", "unit", "", "");

	private static final Measure SCHOOLS = new Measure("test.schools", "fact_test", "count", "school_key", "", "");

	private static final Measure SUM = new Measure("test.sum", "fact_test", "sum", "line_no", "", "");

	@Autowired
	MaterialisedFacts facts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void valuesEachInOneRowAreCountedWithoutTheirSortNullsAside() {
		assertThat(once("CASE WHEN g % 7 = 0 THEN NULL ELSE g::text END", "(g % 3)::text"))
			.containsExactly(UNITS.countedSql());
	}

	@Test
	void aValueRepeatedAfterTheFirstRowsIsFoundOverTheWholeTable() {
		assertThat(once("CASE WHEN g = " + LINES + " THEN '1' ELSE g::text END", "g::text"))
			.containsExactly(SCHOOLS.countedSql());
	}

	@Test
	void rowsRepeatingTheirValuesCollapseWithTheirLinesAndSlices() {
		String collapsed = new TransactionTemplate(transactions).execute(status -> {
			String table = materialise("(g % 3)::text", "(g % 6)::text");
			String rows = facts.collapse(table, List.of("unit", "school_key"), LINES);
			return rows + " " + totals("count(*), sum(line_count), sum(slice1), sum(slice2)", rows) + " "
					+ totals("count(*), sum(slice1), sum(slice2)", table);
		});
		long slices = (long) LINES * (LINES + 1) / 2;
		assertThat(collapsed).isEqualTo("pg_temp.measured_test_distinct 6 " + LINES + " " + slices + " " + 2 * slices
				+ " " + LINES + " " + slices + " " + 2 * slices);
	}

	@Test
	void rowsWithDifferentValuesStayAsTheyAre() {
		String rows = new TransactionTemplate(transactions).execute(status -> facts
			.collapse(materialise("g::text", "(g % 6)::text"), List.of("unit", "school_key"), LINES));
		assertThat(rows).isEqualTo("pg_temp.measured_test");
	}

	@Test
	void rowsWhoseGroupingIsNotThatOfTheirTextStayAsTheyAre() {
		// 1.0 and 1.00 are one numeric to a grouping and two texts to a count of distinct
		// values.
		String rows = new TransactionTemplate(transactions).execute(status -> {
			String table = materialise("(g % 3)::text", "(g % 6)::text");
			jdbc.sql("ALTER TABLE " + table + " ADD COLUMN amount numeric DEFAULT 1.0").update();
			jdbc.sql("ANALYZE " + table).update();
			return facts.collapse(table, List.of("unit", "school_key", "amount"), LINES);
		});
		assertThat(rows).isEqualTo("pg_temp.measured_test");
	}

	/**
	 * The counted expressions of the three measures found once over the rows
	 * {@link #materialise} writes.
	 */
	private Set<String> once(String unit, String schoolKey) {
		return new TransactionTemplate(transactions)
			.execute(status -> facts.valuesOccurringOnce(materialise(unit, schoolKey), List.of(UNITS, SCHOOLS, SUM)));
	}

	private String totals(String aggregates, String table) {
		return jdbc.sql("SELECT concat_ws(' ', " + aggregates + ") FROM " + table).query(String.class).single();
	}

	/**
	 * Rows 1 … {@link #LINES} in that order, analysed, with the slices of line {@code g}
	 * being g and 2g.
	 */
	private String materialise(String unit, String schoolKey) {
		jdbc.sql("CREATE TEMP TABLE measured_test ON COMMIT DROP AS SELECT " + unit + " AS unit, " + schoolKey
				+ " AS school_key, g::bigint AS line_no, g::bigint AS slice1, 2 * g::bigint AS slice2 "
				+ "FROM generate_series(1, " + LINES + ") g ORDER BY g")
			.update();
		jdbc.sql("ANALYZE pg_temp.measured_test").update();
		return "pg_temp.measured_test";
	}

}
