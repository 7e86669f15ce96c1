package org.vocstat.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL a measure runs: its value and row fingerprint for every scope of a batch at once, for one scope, and the
 * rows themselves for a trace. The fact view, expression and filter come from the catalogue (definitions, not user
 * input); batch and scope code are bound.
 */
@Component
class MeasureQueries {

	private static final String ROWS = "SELECT f.* FROM %s f WHERE f.batch_id = :batch AND %s AND %s";

	/**
	 * The value and the row fingerprint: the number of rows and two sums over 56-bit slices of each row's line
	 * SHA-256, the second mixed with its line number, so a changed, removed, duplicated or moved row changes them.
	 */
	private static final Set<String> TRACE_ONLY = Set.of("source", "file_sha256", "masked", "line_sha256");

	private static final String SLICE1 = "('x' || encode(substring(line_sha256 FROM 1 FOR 7), 'hex'))::bit(56)::bigint";

	private static final String SLICE2 = "(('x' || encode(substring(line_sha256 FROM 8 FOR 7), 'hex'))::bit(56)::bigint # line_no)";

	private static final String AGGREGATES = "%s AS value, count(*) AS rows, COALESCE(sum(" + SLICE1
			+ "), 0) AS hash_sum1, COALESCE(sum(" + SLICE2 + "), 0) AS hash_sum2";

	private final JdbcClient jdbc;

	MeasureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every measure of one fact for the region, every 隶属区划 and every school of the batch, in two statements: the
	 * fact's rows of the batch are materialised once (a temporary table dropped at commit, so this must run in a
	 * transaction), then one pass over them computes all the measures, each restricted to its own rows by a
	 * {@code FILTER}. The view is joined once instead of once per measure; values and fingerprints are those of
	 * {@link #oneScope}, which a trace runs against the view itself.
	 */
	Map<String, Map<Scope, MeasureValue>> allScopes(String fact, List<Measure> measures, long batchId, String region) {
		// pg_temp: never a permanent table of the same name.
		String rows = "pg_temp.measured_" + fact;
		jdbc.sql("DROP TABLE IF EXISTS " + rows).update();
		String columns = String.join(", ", measuredColumns(fact, measures));
		jdbc.sql("CREATE TEMP TABLE " + rows + " ON COMMIT DROP AS SELECT " + columns + ", " + SLICE1 + " AS slice1, "
				+ SLICE2 + " AS slice2 FROM " + fact + " f WHERE f.batch_id = :batch").param("batch", batchId).update();
		// Temporary tables are never analysed automatically; without statistics the planner guesses the grouping.
		jdbc.sql("ANALYZE " + rows).update();
		StringBuilder sql = new StringBuilder(
				"SELECT GROUPING(admin_code) AS g_county, GROUPING(school_key) AS g_school, admin_code, school_key");
		for (int i = 0; i < measures.size(); i++) {
			Measure measure = measures.get(i);
			String filter = " FILTER (WHERE " + measure.filterSql() + ")";
			sql.append(",\n ").append(measure.valueSql(filter)).append(" AS value").append(i)
				.append(", count(*)").append(filter).append(" AS rows").append(i)
				.append(", COALESCE(sum(slice1)").append(filter).append(", 0) AS hash_sum1_").append(i)
				.append(", COALESCE(sum(slice2)").append(filter).append(", 0) AS hash_sum2_").append(i);
		}
		sql.append("\nFROM ").append(rows).append(" GROUP BY GROUPING SETS ((), (admin_code), (school_key))");
		Map<String, Map<Scope, MeasureValue>> values = new HashMap<>();
		measures.forEach(measure -> values.put(measure.code(), new HashMap<>()));
		jdbc.sql(sql.toString()).query((rs, n) -> {
			Scope scope = scopeOf(rs, region);
			for (int i = 0; scope != null && i < measures.size(); i++) {
				long counted = rs.getLong("rows" + i);
				// A scope none of the measure's rows fall into has no value, as if the measure were queried alone.
				if (counted > 0) {
					values.get(measures.get(i).code()).put(scope, new MeasureValue(rs.getBigDecimal("value" + i),
							counted, rs.getBigDecimal("hash_sum1_" + i), rs.getBigDecimal("hash_sum2_" + i)));
				}
			}
			return null;
		}).list();
		return values;
	}

	/**
	 * The fact's columns less those only a trace shows (the file path and hash, the masked keys, the line hash, which
	 * becomes the two slices), unless a measure names one: a narrower table is written, read and sorted faster.
	 */
	private List<String> measuredColumns(String fact, List<Measure> measures) {
		// The view the statement will read, found as its name is (through the search path).
		return jdbc.sql("""
				SELECT attname FROM pg_attribute
				WHERE attrelid = to_regclass(:fact) AND attnum > 0 AND NOT attisdropped ORDER BY attnum""")
			.param("fact", fact)
			.query(String.class)
			.list()
			.stream()
			.filter(column -> !TRACE_ONLY.contains(column) || measures.stream().anyMatch(m -> m.mentions(column)))
			.map(column -> "f." + column)
			.toList();
	}

	private static Scope scopeOf(ResultSet rs, String region) throws SQLException {
		if (rs.getInt("g_county") == 1 && rs.getInt("g_school") == 1) {
			return new Scope(ScopeLevel.city, region);
		}
		if (rs.getInt("g_county") == 0 && rs.getString("admin_code") != null) {
			return new Scope(ScopeLevel.county, rs.getString("admin_code"));
		}
		if (rs.getInt("g_school") == 0 && rs.getString("school_key") != null) {
			return new Scope(ScopeLevel.school, rs.getString("school_key"));
		}
		return null;
	}

	/** The measure for one scope. */
	MeasureValue oneScope(Measure measure, long batchId, Scope scope) {
		String sql = "SELECT " + AGGREGATES.formatted(measure.valueSql()) + " FROM ("
				+ ROWS.formatted(measure.fact(), scope.level().predicate(), measure.filterSql()) + ") x";
		var statement = jdbc.sql(sql).param("batch", batchId);
		if (scope.level() != ScopeLevel.city) {
			statement = statement.param("code", scope.code());
		}
		return statement.query((rs, n) -> new MeasureValue(rs.getBigDecimal("value"), rs.getLong("rows"),
				rs.getBigDecimal("hash_sum1"), rs.getBigDecimal("hash_sum2"))).single();
	}

	/** The rows a measure counts or sums for one scope, in file and line order. */
	List<TraceRow> rows(Measure measure, long batchId, Scope scope, String role, String period) {
		String sql = "SELECT source, file_sha256, line_no, encode(line_sha256, 'hex') AS line_sha256, masked, ("
				+ measure.expression() + ")::text AS counted FROM " + measure.fact() + " WHERE batch_id = :batch AND "
				+ scope.level().predicate() + " AND " + measure.filterSql() + " ORDER BY source, line_no";
		var statement = jdbc.sql(sql).param("batch", batchId);
		if (scope.level() != ScopeLevel.city) {
			statement = statement.param("code", scope.code());
		}
		return statement.query((rs, n) -> new TraceRow(role, period, measure.code(), systemOf(rs.getString("source")),
				rs.getString("source"), rs.getString("file_sha256"), rs.getLong("line_no"), rs.getString("line_sha256"),
				rs.getString("masked"), rs.getString("counted"))).list();
	}

	/** The measure's value SQL for one scope, as a trace shows it (parameters named, not bound). */
	static String valueSqlFor(Measure measure, Scope scope) {
		StringBuilder sql = new StringBuilder("SELECT ").append(measure.valueSql())
			.append(" FROM ")
			.append(measure.fact())
			.append(" WHERE batch_id = :batch");
		for (String condition : new String[] { scope.level().predicate(), measure.filterSql() }) {
			if (!condition.equals("true")) {
				sql.append(" AND ").append(condition);
			}
		}
		return sql.toString();
	}

	private static String systemOf(String path) {
		int slash = path.indexOf('/');
		return slash > 0 ? path.substring(0, slash) : path;
	}

}
