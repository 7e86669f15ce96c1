package org.vocstat.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.vocstat.delivery.BatchRegistry;

/**
 * The source rows behind a stored figure, as a trace lists them but without holding them
 * all: counted, a page at a time in a chosen order, or streamed one by one with a JDBC
 * fetch size, since a national figure has millions of rows.
 */
@Component
public class SourceRows {

	/**
	 * The orders a page can be sorted in: each key's SQL, before the file's and line's
	 * that break ties. Files come in the order of their ids (as the batch registered
	 * them), which is the order of the tables' keys: a page in file order is read through
	 * an index, without sorting a national figure's millions of rows first.
	 */
	private static final Map<String, String> SORTS = Map.of("file", "", "line", "line_no", "role", "role", "measure",
			"measure", "counted", "counted", "sha", "line_sha256");

	/**
	 * Rows a streaming read asks PostgreSQL for at a time (a cursor, so memory stays
	 * flat).
	 */
	private static final int FETCH_SIZE = 5_000;

	private final IndicatorCatalog catalog;

	private final BatchRegistry registry;

	private final NamedParameterJdbcTemplate jdbc;

	SourceRows(IndicatorCatalog catalog, BatchRegistry registry, JdbcTemplate jdbc) {
		this.catalog = catalog;
		this.registry = registry;
		JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
		streaming.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(streaming);
	}

	/** Whether {@code key} names an order {@link #page} knows. */
	public static boolean sortable(String key) {
		return SORTS.containsKey(key);
	}

	public long count(Figure figure) {
		Query query = query(figure, null);
		return jdbc.queryForObject("SELECT count(*) FROM (" + query.sql() + ") r", query.params(), Long.class);
	}

	/** Rows {@code offset} to {@code offset + limit} in the order of {@code sort}. */
	public List<TraceRow> page(Figure figure, String sort, boolean descending, long offset, int limit) {
		String column = SORTS.get(sort);
		if (column == null) {
			throw new IllegalArgumentException("rows sort by " + String.join(", ", SORTS.keySet()) + ", not " + sort);
		}
		String direction = descending ? " DESC" : "";
		// Only file order has each part read in order (through the key); another order
		// sorts, and reading a part in key order first would only slow the reading.
		Query query = query(figure, column.isEmpty() ? direction : null);
		String sql = "SELECT * FROM (" + query.sql() + ") r ORDER BY "
				+ (column.isEmpty() ? "" : column + direction + ", ") + "file_id" + direction + ", line_no" + direction
				+ ", part LIMIT :limit OFFSET :offset";
		return jdbc.query(sql, query.params().addValue("limit", limit).addValue("offset", offset), ROW);
	}

	/**
	 * The first {@code limit} rows in a trace's order: the figure's measures in the order
	 * of its definition, each in file and line order, read through the tables' keys.
	 */
	public List<TraceRow> first(Figure figure, int limit) {
		Query query = query(figure, "");
		return jdbc.query("SELECT * FROM (" + query.sql() + ") r ORDER BY part, file_id, line_no LIMIT :limit",
				query.params().addValue("limit", limit), ROW);
	}

	/**
	 * Per role and measure, in the order of the figure's definition: the rows counted and
	 * the distinct values counted (a missing value is one, as in {@link Trace#unitsFor}).
	 */
	public List<Tally> tally(Figure figure) {
		Query query = query(figure, null);
		return jdbc.query(
				"SELECT role, measure, count(*) AS rows, count(DISTINCT counted)"
						+ " + max(CASE WHEN counted IS NULL THEN 1 ELSE 0 END) AS units FROM (" + query.sql()
						+ ") r GROUP BY role, measure ORDER BY min(part)",
				query.params(), (rs, n) -> new Tally(rs.getString("role"), rs.getString("measure"), rs.getLong("rows"),
						rs.getLong("units")));
	}

	/**
	 * The rows one measure counted toward one role of a figure, and its distinct values.
	 */
	public record Tally(String role, String measure, long rows, long units) {
	}

	/**
	 * Every row, handed to {@code sink} one at a time: each measure's rows in the order
	 * of the figure's definition, each in file and line order, a query of its own that
	 * reads them through the table's key, so that the first arrives at once instead of
	 * after a sort of them all. The transaction lets PostgreSQL's driver read through a
	 * cursor, and its one snapshot makes the queries read the same state: a prune or
	 * rerun committing during a long download cannot mix two states in one file.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void stream(Figure figure, Consumer<TraceRow> sink) {
		// PostgreSQL plans a query for its whole result, and for a nation's millions of
		// rows a sort of them all costs less than reading them in key order: but nothing
		// is
		// sent before the sort ends. Without sorts (this transaction only) each part is
		// read through its key and streams at once.
		jdbc.getJdbcTemplate().execute("SET LOCAL enable_sort = off");
		Query all = query(figure, "");
		for (String part : all.parts()) {
			jdbc.query("SELECT * FROM " + part + " r", all.params(), rs -> {
				sink.accept(ROW.mapRow(rs, 0));
			});
		}
	}

	private static final RowMapper<TraceRow> ROW = (rs, n) -> new TraceRow(rs.getString("role"), rs.getString("period"),
			rs.getString("measure"), systemOf(rs.getString("source")), rs.getString("source"),
			rs.getString("file_sha256"), rs.getLong("line_no"), rs.getString("line_sha256"), rs.getString("masked"),
			rs.getString("counted"));

	/**
	 * The union of the rows each measure of the figure selects, with role and measure;
	 * each measure's rows in file and line order ({@code direction} "" or " DESC"), or in
	 * no order when {@code direction} is null.
	 */
	private Query query(Figure figure, String direction) {
		Indicator indicator = catalog.indicator(figure.indicator())
			.orElseThrow(
					() -> new IllegalArgumentException("no indicator " + figure.indicator() + " in the catalogue"));
		Scope scope = Scope.parse(figure.scope());
		MapSqlParameterSource params = new MapSqlParameterSource("code", scope.code());
		List<String> parts = new ArrayList<>();
		if (indicator.kind().overPreviousPeriod()) {
			Indicator base = catalog.indicator(indicator.base()).orElseThrow();
			String previous = figure.period().substring(0, 2) + (Integer.parseInt(figure.period().substring(2)) - 1);
			addMeasures(parts, params, base, scope, figure.batchId(), "current", figure.period());
			addMeasures(parts, params, base, scope, figure.previousBatchId(), "previous", previous);
		}
		else {
			addMeasures(parts, params, indicator, scope, figure.batchId(), null, figure.period());
		}
		if (direction != null) {
			// Each part ordered on its own: PostgreSQL then merges them (Merge Append)
			// from their tables' keys instead of sorting their union.
			parts.replaceAll(part -> "(" + part + " ORDER BY file_id" + direction + ", line_no" + direction + ")");
		}
		return new Query(parts, params);
	}

	private void addMeasures(List<String> parts, MapSqlParameterSource params, Indicator indicator, Scope scope,
			long batchId, String fixedRole, String period) {
		String region = registry.period(batchId).region();
		String condition = scope.condition(region);
		for (String role : List.of("numerator", "denominator")) {
			for (String code : role.equals("numerator") ? indicator.numerator() : indicator.denominator()) {
				Measure measure = catalog.measure(code);
				int n = parts.size();
				params.addValue("batch" + n, batchId)
					.addValue("role" + n, fixedRole != null ? fixedRole : role)
					.addValue("measure" + n, code)
					.addValue("period" + n, period);
				parts.add("SELECT " + n + " AS part, :role" + n + "::text AS role, :period" + n
						+ "::text AS period, :measure" + n
						+ "::text AS measure, source, file_sha256, line_no, encode(line_sha256, 'hex') AS line_sha256,"
						+ " file_id, masked, (" + measure.expression() + ")::text AS counted FROM " + measure.fact()
						+ " WHERE batch_id = :batch" + n + " AND " + condition + " AND " + measure.filterSql());
			}
		}
	}

	private static String systemOf(String path) {
		int slash = path.indexOf('/');
		return slash > 0 ? path.substring(0, slash) : path;
	}

	/** The parts of a union, one a measure, and their parameters. */
	private record Query(List<String> parts, MapSqlParameterSource params) {

		String sql() {
			return String.join("\nUNION ALL\n", parts);
		}

	}

}
