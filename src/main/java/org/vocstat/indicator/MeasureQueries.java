package org.vocstat.indicator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
	private static final String AGGREGATES = """
			%s AS value, count(*) AS rows,
			COALESCE(sum(('x' || encode(substring(line_sha256 FROM 1 FOR 7), 'hex'))::bit(56)::bigint), 0) AS hash_sum1,
			COALESCE(sum(('x' || encode(substring(line_sha256 FROM 8 FOR 7), 'hex'))::bit(56)::bigint # line_no), 0)
			    AS hash_sum2""";

	private final JdbcClient jdbc;

	MeasureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The measure for the region, every 隶属区划 and every school of the batch. */
	Map<Scope, MeasureValue> allScopes(Measure measure, long batchId, String region) {
		String sql = "SELECT GROUPING(admin_code) AS g_county, GROUPING(school_key) AS g_school, admin_code, school_key, "
				+ AGGREGATES.formatted(measure.valueSql()) + " FROM (" + ROWS.formatted(measure.fact(), "true",
						measure.filterSql()) + ") x GROUP BY GROUPING SETS ((), (admin_code), (school_key))";
		Map<Scope, MeasureValue> values = new HashMap<>();
		jdbc.sql(sql).param("batch", batchId).query((rs, n) -> {
			MeasureValue value = new MeasureValue(rs.getBigDecimal("value"), rs.getLong("rows"),
					rs.getBigDecimal("hash_sum1"), rs.getBigDecimal("hash_sum2"));
			if (rs.getInt("g_county") == 1 && rs.getInt("g_school") == 1) {
				values.put(new Scope(ScopeLevel.city, region), value);
			}
			else if (rs.getInt("g_county") == 0 && rs.getString("admin_code") != null) {
				values.put(new Scope(ScopeLevel.county, rs.getString("admin_code")), value);
			}
			else if (rs.getInt("g_school") == 0 && rs.getString("school_key") != null) {
				values.put(new Scope(ScopeLevel.school, rs.getString("school_key")), value);
			}
			return null;
		}).list();
		return values;
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
