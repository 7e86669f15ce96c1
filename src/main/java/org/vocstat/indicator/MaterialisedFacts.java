package org.vocstat.indicator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fact's rows of a batch, written once into a temporary table of the transaction for
 * {@link MeasureQueries#allScopes} to measure, and what is known of them that lets the
 * measures run cheaper with the same results: rows that repeat their values collapse to
 * one each, and a count whose values each lie in one row needs no sort.
 */
@Component
class MaterialisedFacts {

	/**
	 * How many of a materialised fact's rows are looked at before the whole table, in
	 * {@link #valuesOccurringOnce}.
	 */
	static final int FIRST_ROWS = 10_000;

	/** The columns of a fact that place a row in its 隶属区划 and school. */
	private static final Set<String> SCOPE_COLUMNS = Set.of("admin_code", "school_key");

	/** The first "Plan Rows" of a plan in JSON: the top node's. */
	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\": ([0-9.]+)");

	private final JdbcClient jdbc;

	MaterialisedFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The fact's rows of the batch with its scope columns, the columns its measures name
	 * and each line's two slices, analysed (temporary tables never are automatically, and
	 * the planner would guess the grouping); collapsed if its measures are all counts and
	 * its rows repeat their values (see {@link #collapse}).
	 */
	MaterialisedFact materialise(String fact, List<Measure> measures, long batchId) {
		// pg_temp: never a permanent table of the same name.
		String table = "pg_temp.measured_" + fact;
		jdbc.sql("DROP TABLE IF EXISTS " + table).update();
		List<String> columns = measuredColumns(fact, measures);
		long lines = jdbc.sql("CREATE TEMP TABLE " + table + " ON COMMIT DROP AS SELECT "
				+ String.join(", ", columns.stream().map(column -> "f." + column).toList()) + ", " + MeasureValue.SLICE1
				+ " AS slice1, " + MeasureValue.SLICE2 + " AS slice2 FROM " + fact + " f WHERE f.batch_id = :batch")
			.param("batch", batchId)
			.update();
		// The default sample, not TableStatistics': collapse reads the estimate of groups
		// it gives.
		jdbc.sql("ANALYZE " + table).update();
		if (!measures.stream().allMatch(Measure::isCount)) {
			return new MaterialisedFact(table, false);
		}
		String rows = collapse(table, columns, lines);
		return new MaterialisedFact(rows, !rows.equals(table));
	}

	/**
	 * The materialised rows collapsed to their distinct values of {@code columns}, each
	 * row with the number of lines it stands for and the sums of their slices, in a table
	 * of this transaction; or {@code materialised} itself when collapsing would cost a
	 * pass and save little. Only counts can be measured over collapsed rows: a count of
	 * distinct values is the same over the distinct rows, a sum is not (the gain,
	 * measured: bench/performance.md, "Where the time goes").
	 *
	 * <p>
	 * The planner decides, from the materialised rows' statistics: it expects, for
	 * several columns, the lesser of the product of their numbers of distinct values and
	 * the greater of a tenth of the lines and the largest of those numbers. Rows are
	 * collapsed when that is at most half the lines: in effect when no column has
	 * distinct values for more than half the lines (the enrolment fact's persons have,
	 * the major sites' do not). Rows are collapsed only if every column's equality is
	 * that of its text, since a count compares text byte by byte: not numbers with a
	 * scale (1.0 and 1.00 are one value to a grouping and two texts), nor text under a
	 * collation that is not deterministic.
	 */
	String collapse(String materialised, List<String> columns, long lines) {
		if (!comparedAsText(materialised, columns)) {
			return materialised;
		}
		String key = String.join(", ", columns);
		String plan = jdbc.sql("EXPLAIN (FORMAT JSON) SELECT 1 FROM " + materialised + " GROUP BY " + key)
			.query(String.class)
			.single();
		Matcher groups = PLAN_ROWS.matcher(plan);
		if (!groups.find() || Double.parseDouble(groups.group(1)) * 2 > lines) {
			return materialised;
		}
		String collapsed = materialised + "_distinct";
		jdbc.sql("DROP TABLE IF EXISTS " + collapsed).update();
		jdbc.sql("CREATE TEMP TABLE " + collapsed + " ON COMMIT DROP AS SELECT " + key
				+ ", count(*) AS line_count, sum(slice1) AS slice1, sum(slice2) AS slice2 FROM " + materialised
				+ " GROUP BY " + key)
			.update();
		jdbc.sql("ANALYZE " + collapsed).update();
		return collapsed;
	}

	/**
	 * Whether every one of {@code columns} is of a type, and a collation, under which its
	 * values are equal exactly when their text is; false if one is not found.
	 */
	private boolean comparedAsText(String table, List<String> columns) {
		return jdbc.sql("""
				SELECT COALESCE(count(*) = cardinality(CAST(:columns AS text[]))
				       AND bool_and(atttypid = ANY ('{text,varchar,bpchar,int2,int4,int8,bool,date,text[]}'::regtype[])
				                    AND (attcollation = 0 OR (SELECT collisdeterministic FROM pg_collation
				                                              WHERE oid = attcollation))), false)
				FROM pg_attribute WHERE attrelid = to_regclass(:table) AND attname = ANY (:columns)""")
			.param("table", table)
			.param("columns", columns.toArray(String[]::new))
			.query(Boolean.class)
			.single();
	}

	/**
	 * What the counts among {@code measures} count, each whose every non-null value is in
	 * one row of {@code rows}: a count of its values is then the count of distinct values
	 * over any of those rows, without the sort each count of distinct values takes per
	 * measure and scope (the graduates' fact has one row per person). A duplicate among
	 * the first rows rules an expression out at once (a person's two registries' records
	 * lie side by side, a major site has many students); otherwise the whole table
	 * decides.
	 */
	Set<String> valuesOccurringOnce(String rows, List<Measure> measures) {
		Set<String> once = new HashSet<>();
		for (String counted : measures.stream().filter(Measure::isCount).map(Measure::countedSql).distinct().toList()) {
			if (firstRowsOnce(counted, rows) && allRowsOnce(counted, rows)) {
				once.add(counted);
			}
		}
		return once;
	}

	private boolean firstRowsOnce(String counted, String rows) {
		return jdbc
			.sql("SELECT NOT EXISTS (SELECT FROM (SELECT " + counted + " AS v FROM " + rows
					+ " LIMIT :first) r WHERE v IS NOT NULL GROUP BY v HAVING count(*) > 1)")
			.param("first", FIRST_ROWS)
			.query(Boolean.class)
			.single();
	}

	private boolean allRowsOnce(String counted, String rows) {
		return jdbc.sql("SELECT count(" + counted + ") = count(DISTINCT " + counted + ") FROM " + rows)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The fact's columns that place a row in its scopes or that a measure names: a
	 * narrower table is written, read and sorted faster (the line hash and number become
	 * the two slices).
	 */
	private List<String> measuredColumns(String fact, List<Measure> measures) {
		// The view the statement will read, found as its name is (through the search
		// path).
		return jdbc.sql("""
				SELECT attname FROM pg_attribute
				WHERE attrelid = to_regclass(:fact) AND attnum > 0 AND NOT attisdropped ORDER BY attnum""")
			.param("fact", fact)
			.query(String.class)
			.list()
			.stream()
			.filter(column -> SCOPE_COLUMNS.contains(column) || measures.stream().anyMatch(m -> m.mentions(column)))
			.toList();
	}

}
