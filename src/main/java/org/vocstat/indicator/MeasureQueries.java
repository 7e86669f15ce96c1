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

	/** The value and the row fingerprint (see {@link MeasureValue}). */
	private static final String AGGREGATES = "%s AS value, count(*) AS rows, COALESCE(sum(" + MeasureValue.SLICE1
			+ "), 0) AS hash_sum1, COALESCE(sum(" + MeasureValue.SLICE2 + "), 0) AS hash_sum2";

	private final JdbcClient jdbc;

	private final MaterialisedFacts facts;

	MeasureQueries(JdbcClient jdbc, MaterialisedFacts facts) {
		this.jdbc = jdbc;
		this.facts = facts;
	}

	/**
	 * Every measure of one fact for the region, every 隶属区划 and every school of the batch, in one pass: the fact's
	 * rows of the batch are materialised once ({@link MaterialisedFacts}: a temporary table dropped at commit, so this
	 * must run in a transaction), then one pass over them computes all the measures, each restricted to its own rows
	 * by a {@code FILTER}. The view is joined once instead of once per measure; values and fingerprints are those of
	 * {@link #oneScope}, which a trace runs against the view itself.
	 *
	 * <p>The pass groups by each school's and each 隶属区划's number in the batch's school master, not by their codes,
	 * and the codes are joined back to the few result rows. The sorts behind the grouping sets, and each group's
	 * boundaries, then compare integers: a province's codes share their leading characters (学校标识码 are 36 and
	 * the province's code, then a number), so a sort's abbreviated keys of them tie and each comparison reads the
	 * strings. The numbers are joined in the pass, not into the materialised rows: a temporary table in a statement
	 * keeps PostgreSQL from running it with parallel workers, and the fact view's scan and joins use them. Province
	 * enrolment fact: 2.99 → 2.43 s for the pass.
	 *
	 * <p>The rows may be collapsed, and some counts need no sort (see {@link MaterialisedFacts}): the values, line
	 * counts and fingerprints come out the same.
	 */
	Map<String, Map<Scope, MeasureValue>> allScopes(String fact, List<Measure> measures, long batchId, String region) {
		MaterialisedFact rows = facts.materialise(fact, measures, batchId);
		Set<String> once = facts.valuesOccurringOnce(rows.table(), measures);
		numberScopes(batchId);
		StringBuilder sql = new StringBuilder("SELECT GROUPING(scope_county_no) AS g_county, "
				+ "GROUPING(scope_school_no) AS g_school, scope_county_no, scope_school_no, "
				+ rows.lineCount(" FILTER (WHERE school_key IS NOT NULL AND scope_school_no IS NULL "
						+ "OR admin_code IS NOT NULL AND scope_county_no IS NULL)") + " AS unnumbered");
		for (int i = 0; i < measures.size(); i++) {
			Measure measure = measures.get(i);
			String filter = " FILTER (WHERE " + measure.filterSql() + ")";
			sql.append(",\n ").append(measure.valueSql(filter, once.contains(measure.countedSql())))
				.append(" AS value").append(i)
				.append(", ").append(rows.lineCount(filter)).append(" AS rows").append(i)
				.append(", COALESCE(sum(slice1)").append(filter).append(", 0) AS hash_sum1_").append(i)
				.append(", COALESCE(sum(slice2)").append(filter).append(", 0) AS hash_sum2_").append(i);
		}
		sql.append("\nFROM ").append(rows.table())
			.append(" LEFT JOIN pg_temp.scope_school ON scope_school_key = school_key")
			.append(" LEFT JOIN pg_temp.scope_county ON scope_admin_code = admin_code")
			.append(" GROUP BY GROUPING SETS ((), (scope_county_no), (scope_school_no))");
		String scoped = "SELECT g.*, c.scope_admin_code AS admin_code, s.scope_school_key AS school_key FROM (" + sql
				+ ") g LEFT JOIN pg_temp.scope_county c ON c.scope_county_no = g.scope_county_no"
				+ " LEFT JOIN pg_temp.scope_school s ON s.scope_school_no = g.scope_school_no";
		Map<String, Map<Scope, MeasureValue>> values = new HashMap<>();
		measures.forEach(measure -> values.put(measure.code(), new HashMap<>()));
		jdbc.sql(scoped).query((rs, n) -> {
			Scope scope = scopeOf(rs, region);
			if (scope != null && scope.level() == ScopeLevel.city && rs.getLong("unnumbered") > 0) {
				// A view whose schools or 隶属区划 are not the school master's would lose those scopes' figures.
				throw new IllegalStateException(fact + ": " + rs.getLong("unnumbered") + " rows of batch " + batchId
						+ " name a school or 隶属区划 that is not in the batch's school master");
			}
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
	 * Numbers the batch's schools and 隶属区划 in temporary tables of this transaction, for {@link #allScopes}: every
	 * fact names its schools through the school master, so these are all the scopes a fact can have. Their columns
	 * are named apart from any fact's, which a measure's expression and filter name unqualified.
	 */
	private void numberScopes(long batchId) {
		jdbc.sql("DROP TABLE IF EXISTS pg_temp.scope_school, pg_temp.scope_county").update();
		jdbc.sql("""
				CREATE TEMP TABLE scope_school ON COMMIT DROP AS
				SELECT school_key AS scope_school_key, (row_number() OVER (ORDER BY school_key))::int AS scope_school_no
				FROM school_master WHERE batch_id = :batch""").param("batch", batchId).update();
		jdbc.sql("""
				CREATE TEMP TABLE scope_county ON COMMIT DROP AS
				SELECT admin_code AS scope_admin_code, (row_number() OVER (ORDER BY admin_code))::int AS scope_county_no
				FROM (SELECT DISTINCT admin_code FROM school_master WHERE batch_id = :batch) a""")
			.param("batch", batchId)
			.update();
		jdbc.sql("ANALYZE pg_temp.scope_school, pg_temp.scope_county").update();
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
