package org.vocstat.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.vocstat.delivery.BatchRegistry;

/**
 * The SQL a measure runs: its value and row fingerprint for every scope of a batch at
 * once, for one scope, and the rows themselves for a trace. The fact view, expression and
 * filter come from the catalogue (definitions, not user input); batch and scope code are
 * bound.
 */
@Component
class MeasureQueries {

	private static final String ROWS = "SELECT f.* FROM %s f WHERE f.batch_id = :batch AND %s AND %s";

	/** The value and the row fingerprint (see {@link MeasureValue}). */
	private static final String AGGREGATES = "%s AS value, count(*) AS rows, COALESCE(sum(" + MeasureValue.SLICE1
			+ "), 0) AS hash_sum1, COALESCE(sum(" + MeasureValue.SLICE2 + "), 0) AS hash_sum2";

	private final JdbcClient jdbc;

	private final MaterialisedFacts facts;

	private final BatchRegistry registry;

	MeasureQueries(JdbcClient jdbc, MaterialisedFacts facts, BatchRegistry registry) {
		this.jdbc = jdbc;
		this.facts = facts;
		this.registry = registry;
	}

	/**
	 * Every measure of one fact for the region and every unit beneath it down to the
	 * schools of the batch (a province batch: each city, 省属 among them, each 隶属区划, each
	 * school), in one pass: the fact's rows of the batch are materialised once
	 * ({@link MaterialisedFacts}: a temporary table dropped at commit, so this must run
	 * in a transaction), then one pass over them computes all the measures, each
	 * restricted to its own rows by a {@code FILTER}. The view is joined once instead of
	 * once per measure; values and fingerprints are those of {@link #oneScope} (and the
	 * fingerprints those of {@link #rowsFingerprint}, which a trace's digest check runs
	 * against the view itself).
	 *
	 * <p>
	 * The pass groups by each school's and each unit's number in the batch's school
	 * master, not by their codes, and the codes are joined back to the few result rows.
	 * The sorts behind the grouping sets, and each group's boundaries, then compare
	 * integers: a province's codes share their leading characters (学校标识码 are 36 and the
	 * province's code, then a number), so a sort's abbreviated keys of them tie and each
	 * comparison reads the strings. The numbers are joined in the pass, not into the
	 * materialised rows: a temporary table in a statement keeps PostgreSQL from running
	 * it with parallel workers, and the fact view's scan and joins use them.
	 *
	 * <p>
	 * The rows may be collapsed, and some counts need no sort (see
	 * {@link MaterialisedFacts}): the values, line counts and fingerprints come out the
	 * same.
	 */
	Map<String, Map<Scope, MeasureValue>> allScopes(String fact, List<Measure> measures, long batchId, String region) {
		MaterialisedFact rows = facts.materialise(fact, measures, batchId);
		Set<String> once = facts.valuesOccurringOnce(rows.table(), measures);
		List<ScopeLevel> levels = levelsBelow(region);
		numberScopes(batchId);
		StringBuilder sql = new StringBuilder("SELECT ");
		for (ScopeLevel level : levels) {
			sql.append("GROUPING(scope_")
				.append(level)
				.append("_no) AS g_")
				.append(level)
				.append(", scope_")
				.append(level)
				.append("_no, ");
		}
		sql.append(rows.lineCount(" FILTER (WHERE school_key IS NOT NULL AND scope_school_no IS NULL "
				+ "OR admin_code IS NOT NULL AND scope_county_no IS NULL)"))
			.append(" AS unnumbered");
		for (int i = 0; i < measures.size(); i++) {
			Measure measure = measures.get(i);
			String filter = " FILTER (WHERE " + measure.filterSql() + ")";
			sql.append(",\n ")
				.append(measure.valueSql(filter, once.contains(measure.countedSql())))
				.append(" AS value")
				.append(i)
				.append(", ")
				.append(rows.lineCount(filter))
				.append(" AS rows")
				.append(i)
				.append(", COALESCE(sum(slice1)")
				.append(filter)
				.append(", 0) AS hash_sum1_")
				.append(i)
				.append(", COALESCE(sum(slice2)")
				.append(filter)
				.append(", 0) AS hash_sum2_")
				.append(i);
		}
		sql.append("\nFROM ")
			.append(rows.table())
			.append(" LEFT JOIN pg_temp.scope_school ON scope_school_key = school_key")
			.append(" LEFT JOIN pg_temp.scope_county ON scope_admin_code = admin_code")
			.append(" GROUP BY GROUPING SETS (()");
		levels.forEach(level -> sql.append(", (scope_").append(level).append("_no)"));
		sql.append(")");
		StringBuilder scoped = new StringBuilder("SELECT g.*");
		StringBuilder joins = new StringBuilder();
		for (ScopeLevel level : levels) {
			scoped.append(", u_").append(level).append(".scope_code AS code_").append(level);
			joins.append(" LEFT JOIN pg_temp.scope_unit u_")
				.append(level)
				.append(" ON u_")
				.append(level)
				.append(".scope_level = '")
				.append(level)
				.append("' AND u_")
				.append(level)
				.append(".scope_no = g.scope_")
				.append(level)
				.append("_no");
		}
		scoped.append(" FROM (").append(sql).append(") g").append(joins);
		Scope regionScope = Scope.ofRegion(region);
		Map<String, Map<Scope, MeasureValue>> values = new HashMap<>();
		measures.forEach(measure -> values.put(measure.code(), new HashMap<>()));
		jdbc.sql(scoped.toString()).query((rs, n) -> {
			Scope scope = scopeOf(rs, levels, regionScope);
			if (regionScope.equals(scope) && rs.getLong("unnumbered") > 0) {
				// A view whose schools or 隶属区划 are not the school master's would lose
				// those scopes' figures.
				throw new IllegalStateException(fact + ": " + rs.getLong("unnumbered") + " rows of batch " + batchId
						+ " name a school or 隶属区划 that is not in the batch's school master");
			}
			for (int i = 0; scope != null && i < measures.size(); i++) {
				long counted = rs.getLong("rows" + i);
				// A scope none of the measure's rows fall into has no value, as if the
				// measure were queried alone.
				if (counted > 0) {
					values.get(measures.get(i).code())
						.put(scope, new MeasureValue(rs.getBigDecimal("value" + i), counted,
								rs.getBigDecimal("hash_sum1_" + i), rs.getBigDecimal("hash_sum2_" + i)));
				}
			}
			return null;
		}).list();
		return values;
	}

	/**
	 * The levels beneath a batch's region down to its schools: for a city, county and
	 * school.
	 */
	static List<ScopeLevel> levelsBelow(String region) {
		List<ScopeLevel> all = List.of(ScopeLevel.values());
		return all.subList(ScopeLevel.ofRegion(region).ordinal() + 1, all.size());
	}

	/**
	 * Numbers the batch's schools and the units of every level their 隶属区划 lie in, in
	 * temporary tables of this transaction, for {@link #allScopes}: every fact names its
	 * schools through the school master, so these are all the scopes a fact can have.
	 * {@code scope_county} gives each 隶属区划 its number at every level, {@code scope_unit}
	 * each number its code. Their columns are named apart from any fact's, which a
	 * measure's expression and filter name unqualified.
	 */
	private void numberScopes(long batchId) {
		jdbc.sql("DROP TABLE IF EXISTS pg_temp.scope_school, pg_temp.scope_county, pg_temp.scope_unit").update();
		jdbc.sql("""
				CREATE TEMP TABLE scope_school ON COMMIT DROP AS
				SELECT school_key AS scope_school_key, (row_number() OVER (ORDER BY school_key))::int AS scope_school_no
				FROM school_master WHERE batch_id = :batch""").param("batch", batchId).update();
		jdbc.sql("CREATE TEMP TABLE scope_county ON COMMIT DROP AS SELECT admin_code AS scope_admin_code, "
				+ "(dense_rank() OVER (ORDER BY admin_code))::int AS scope_county_no, "
				+ "(dense_rank() OVER (ORDER BY " + ScopeLevel.city.unitSql() + "))::int AS scope_city_no, "
				+ "(dense_rank() OVER (ORDER BY " + ScopeLevel.province.unitSql() + "))::int AS scope_province_no, "
				+ ScopeLevel.city.unitSql() + " AS scope_city_code, " + ScopeLevel.province.unitSql()
				+ " AS scope_province_code "
				+ "FROM (SELECT DISTINCT admin_code FROM school_master WHERE batch_id = :batch) a")
			.param("batch", batchId)
			.update();
		jdbc.sql(
				"""
						CREATE TEMP TABLE scope_unit ON COMMIT DROP AS
						SELECT 'school' AS scope_level, scope_school_no AS scope_no, scope_school_key::text AS scope_code
						FROM pg_temp.scope_school
						UNION ALL SELECT 'county', scope_county_no, scope_admin_code::text FROM pg_temp.scope_county
						UNION ALL SELECT DISTINCT 'city', scope_city_no, scope_city_code FROM pg_temp.scope_county
						UNION ALL SELECT DISTINCT 'province', scope_province_no, scope_province_code FROM pg_temp.scope_county""")
			.update();
		jdbc.sql("ANALYZE pg_temp.scope_school, pg_temp.scope_county, pg_temp.scope_unit").update();
	}

	/**
	 * The scope of a result row: the region when no level is grouped, else the one
	 * grouped level's unit.
	 */
	private static Scope scopeOf(ResultSet rs, List<ScopeLevel> levels, Scope region) throws SQLException {
		for (ScopeLevel level : levels) {
			if (rs.getInt("g_" + level) == 0) {
				String code = rs.getString("code_" + level);
				return code == null ? null : new Scope(level, code);
			}
		}
		return region;
	}

	/** The measure for one scope. */
	MeasureValue oneScope(Measure measure, long batchId, Scope scope) {
		String condition = scope.condition(regionOf(batchId));
		String sql = "SELECT " + AGGREGATES.formatted(measure.valueSql()) + " FROM ("
				+ ROWS.formatted(measure.fact(), condition, measure.filterSql()) + ") x";
		var statement = jdbc.sql(sql).param("batch", batchId);
		if (condition.contains(":code")) {
			statement = statement.param("code", scope.code());
		}
		return statement
			.query((rs, n) -> new MeasureValue(rs.getBigDecimal("value"), rs.getLong("rows"),
					rs.getBigDecimal("hash_sum1"), rs.getBigDecimal("hash_sum2")))
			.single();
	}

	/**
	 * The fingerprint of the measure's rows for one scope, as {@link #oneScope} gives it,
	 * without the value: what a digest check compares, without the count of distinct
	 * units that sorts every row (a province's 1.19 million students).
	 */
	String rowsFingerprint(Measure measure, long batchId, Scope scope) {
		String condition = scope.condition(regionOf(batchId));
		String sql = "SELECT count(*) AS rows, COALESCE(sum(" + MeasureValue.SLICE1
				+ "), 0) AS hash_sum1, COALESCE(sum(" + MeasureValue.SLICE2 + "), 0) AS hash_sum2 FROM ("
				+ ROWS.formatted(measure.fact(), condition, measure.filterSql()) + ") x";
		var statement = jdbc.sql(sql).param("batch", batchId);
		if (condition.contains(":code")) {
			statement = statement.param("code", scope.code());
		}
		return statement
			.query((rs,
					n) -> new MeasureValue(null, rs.getLong("rows"), rs.getBigDecimal("hash_sum1"),
							rs.getBigDecimal("hash_sum2"))
						.fingerprint())
			.single();
	}

	/** The rows a measure counts or sums for one scope, in file and line order. */
	List<TraceRow> rows(Measure measure, long batchId, Scope scope, String role, String period) {
		String condition = scope.condition(regionOf(batchId));
		String sql = "SELECT source, file_sha256, line_no, encode(line_sha256, 'hex') AS line_sha256, masked, ("
				+ measure.expression() + ")::text AS counted FROM " + measure.fact() + " WHERE batch_id = :batch AND "
				+ condition + " AND " + measure.filterSql() + " ORDER BY source, line_no";
		var statement = jdbc.sql(sql).param("batch", batchId);
		if (condition.contains(":code")) {
			statement = statement.param("code", scope.code());
		}
		return statement
			.query((rs, n) -> new TraceRow(role, period, measure.code(), systemOf(rs.getString("source")),
					rs.getString("source"), rs.getString("file_sha256"), rs.getLong("line_no"),
					rs.getString("line_sha256"), rs.getString("masked"), rs.getString("counted")))
			.list();
	}

	/**
	 * The measure's value SQL for one scope of a batch, as a trace shows it (parameters
	 * named, not bound).
	 */
	String valueSqlFor(Measure measure, Scope scope, long batchId) {
		String region = regionOf(batchId);
		StringBuilder sql = new StringBuilder("SELECT ").append(measure.valueSql())
			.append(" FROM ")
			.append(measure.fact())
			.append(" WHERE batch_id = :batch");
		for (String condition : new String[] { scope.condition(region), measure.filterSql() }) {
			if (!condition.equals("true")) {
				sql.append(" AND ").append(condition);
			}
		}
		return sql.toString();
	}

	private String regionOf(long batchId) {
		return registry.period(batchId).region();
	}

	private static String systemOf(String path) {
		int slash = path.indexOf('/');
		return slash > 0 ? path.substring(0, slash) : path;
	}

}
