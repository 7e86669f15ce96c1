package org.vocstat.indicator;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code figure} table: a batch's figures are replaced whole; earlier batches' figures stay for audit. */
@Repository
public class FigureStore {

	private static final String COLUMNS = """
			batch_id, indicator, scope, period, value, unrounded, numerator, denominator, previous_batch_id, rows, digest""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	FigureStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Replaces the batch's figures of the given indicators with {@code figures}. */
	void replace(long batchId, List<String> indicators, List<Figure> figures) {
		jdbc.sql("DELETE FROM figure WHERE batch_id = :batch AND indicator = ANY (:indicators)")
			.param("batch", batchId)
			.param("indicators", indicators.toArray(String[]::new))
			.update();
		template.batchUpdate("INSERT INTO figure (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", figures, 500,
				(ps, f) -> {
					ps.setLong(1, f.batchId());
					ps.setString(2, f.indicator());
					ps.setString(3, f.scope());
					ps.setString(4, f.period());
					ps.setBigDecimal(5, f.value());
					ps.setBigDecimal(6, f.unrounded());
					ps.setBigDecimal(7, f.numerator());
					ps.setBigDecimal(8, f.denominator());
					ps.setObject(9, f.previousBatchId());
					ps.setLong(10, f.rows());
					ps.setString(11, f.digest());
				});
	}

	public List<Figure> ofBatch(long batchId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM figure WHERE batch_id = :batch ORDER BY indicator, scope")
			.param("batch", batchId)
			.query(Figure.class)
			.list();
	}

	public Optional<Figure> find(long batchId, String indicator, String scope, String period) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM figure WHERE batch_id = :batch AND indicator = :indicator AND scope = :scope AND period = :period")
			.param("batch", batchId)
			.param("indicator", indicator)
			.param("scope", scope)
			.param("period", period)
			.query(Figure.class)
			.optional();
	}

}
