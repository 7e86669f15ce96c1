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
 * A count runs without its sort only over an expression whose every value is in one row of the materialised fact,
 * proven over the whole table: a value repeated after the first rows looked at keeps the count of distinct values.
 */
@PostgresTest
class CountedOnceTest {

	private static final Measure UNITS = new Measure("test.units", "fact_test", "count", "unit", "", "");

	private static final Measure SCHOOLS = new Measure("test.schools", "fact_test", "count", "school_key", "", "");

	private static final Measure SUM = new Measure("test.sum", "fact_test", "sum", "line_no", "", "");

	@Autowired
	MeasureQueries queries;

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
		int last = MeasureQueries.FIRST_ROWS + 1;
		assertThat(once("CASE WHEN g = " + last + " THEN '1' ELSE g::text END", "g::text")).containsExactly(
				SCHOOLS.countedSql());
	}

	/** The counted expressions of the three measures found once over rows 1 … FIRST_ROWS + 1 in that order. */
	private Set<String> once(String unit, String schoolKey) {
		return new TransactionTemplate(transactions).execute(status -> {
			jdbc.sql("CREATE TEMP TABLE measured_test ON COMMIT DROP AS SELECT " + unit + " AS unit, " + schoolKey
					+ " AS school_key, g::bigint AS line_no FROM generate_series(1, " + (MeasureQueries.FIRST_ROWS + 1)
					+ ") g ORDER BY g").update();
			return queries.valuesOccurringOnce("pg_temp.measured_test", List.of(UNITS, SCHOOLS, SUM));
		});
	}

}
