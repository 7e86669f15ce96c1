package org.vocstat.indicator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.vocstat.database.BatchPartitions;
import org.vocstat.database.SqlTemplate;
import org.vocstat.database.TableName;

/**
 * The {@code figure} table, a partition per batch: a batch's figures are replaced whole;
 * earlier batches' figures stay for audit.
 */
@Repository
public class FigureStore {

	private static final String COLUMNS = """
			batch_id, indicator, scope, period, value, unrounded, numerator, denominator, previous_batch_id, rows, digest""";

	/**
	 * Figures sent per INSERT: a national batch has about a million; a slice's arrays
	 * stay a few MB.
	 */
	static final int FIGURES_PER_STATEMENT = 20_000;

	/**
	 * Each column's values as one array, unnested into rows: a statement per slice
	 * instead of a round trip per figure (bench/performance.md). Numbers go as their
	 * exact decimal text ({@link BigDecimal#toString()}), which numeric reads exactly:
	 * the same value, and the same scale unless it is negative ({@code 8.00E+3} is stored
	 * as 8000). The province figures stored this way were identical, as text, to those
	 * stored row by row before.
	 */
	private static final SqlTemplate INSERT = SqlTemplate.of("INSERT INTO ${table} (" + COLUMNS + ") "
			+ """
					SELECT * FROM unnest(:batch::bigint[], :indicator::text[], :scope::text[], :period::text[], :value::numeric[],
					                     :unrounded::numeric[], :numerator::numeric[], :denominator::numeric[],
					                     :previous::bigint[], :rows::bigint[], :digest::text[])""");

	/** Figures a streamed read asks PostgreSQL for at a time. */
	private static final int STREAMED_AT_ONCE = 5_000;

	static final TableName FIGURE = new TableName("figure");

	private final JdbcClient jdbc;

	private final BatchPartitions partitions;

	FigureStore(JdbcClient jdbc, BatchPartitions partitions) {
		this.jdbc = jdbc;
		this.partitions = partitions;
	}

	/**
	 * Replaces all the batch's figures with {@code figures}, which are the batch's: they
	 * are written into a new table with no index, which then replaces the batch's
	 * partition of {@code figure} whole (see {@link BatchPartitions}). The previous
	 * partition is dropped only at the end, which locks {@code figure} for readers of
	 * every batch until the transaction commits, so the caller reads what it needs first;
	 * and only a transaction makes the swap whole (without one, a failed attach would
	 * leave the batch's figures detached).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void replaceBatch(long batchId, List<Figure> figures) {
		replaceBatch(batchId, figures, FIGURES_PER_STATEMENT);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void replaceBatch(long batchId, List<Figure> figures, int perStatement) {
		TableName building = BatchPartitions.partitionOf(FIGURE, batchId).suffixed("_new");
		partitions.drop(building);
		partitions.build(FIGURE, building, batchId);
		insert(building, figures, perStatement);
		partitions.swap(FIGURE, batchId, building);
	}

	/**
	 * Replaces the batch's figures of the given indicators with {@code figures}, which
	 * are the batch's.
	 */
	void replace(long batchId, List<String> indicators, List<Figure> figures) {
		partitions.createAttached(FIGURE, batchId);
		jdbc.sql("DELETE FROM figure WHERE batch_id = :batch AND indicator = ANY (:indicators)")
			.param("batch", batchId)
			.param("indicators", indicators.toArray(String[]::new))
			.update();
		insert(FIGURE, figures, FIGURES_PER_STATEMENT);
	}

	/**
	 * The batch's partition of {@code figure} (the name comes from the batch id, never
	 * from input).
	 */
	static String partitionOf(long batchId) {
		return BatchPartitions.partitionOf(FIGURE, batchId).name();
	}

	/** Inserts {@code figures} into {@code table}, {@code perStatement} at a time. */
	private void insert(TableName table, List<Figure> figures, int perStatement) {
		for (int from = 0; from < figures.size(); from += perStatement) {
			List<Figure> slice = figures.subList(from, Math.min(figures.size(), from + perStatement));
			jdbc.sql(INSERT.with("table", table).sql())
				.param("batch", column(slice, Figure::batchId, Long[]::new))
				.param("indicator", column(slice, Figure::indicator, String[]::new))
				.param("scope", column(slice, Figure::scope, String[]::new))
				.param("period", column(slice, Figure::period, String[]::new))
				.param("value", column(slice, f -> decimal(f.value()), String[]::new))
				.param("unrounded", column(slice, f -> decimal(f.unrounded()), String[]::new))
				.param("numerator", column(slice, f -> decimal(f.numerator()), String[]::new))
				.param("denominator", column(slice, f -> decimal(f.denominator()), String[]::new))
				.param("previous", column(slice, Figure::previousBatchId, Long[]::new))
				.param("rows", column(slice, Figure::rows, Long[]::new))
				.param("digest", column(slice, Figure::digest, String[]::new))
				.update();
		}
	}

	private static <T> T[] column(List<Figure> figures, Function<Figure, T> value, IntFunction<T[]> array) {
		return figures.stream().map(value).toArray(array);
	}

	private static String decimal(BigDecimal number) {
		return number == null ? null : number.toString();
	}

	public List<Figure> ofBatch(long batchId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM figure WHERE batch_id = :batch ORDER BY indicator, scope")
			.param("batch", batchId)
			.query(Figure.class)
			.list();
	}

	/**
	 * The scopes a batch has figures for, each once, without reading the figures (a
	 * province's are tens of thousands).
	 */
	public List<String> scopes(long batchId) {
		return jdbc.sql("SELECT DISTINCT scope FROM figure WHERE batch_id = :batch")
			.param("batch", batchId)
			.query(String.class)
			.list();
	}

	/**
	 * Every figure of a batch, handed to {@code sink} one at a time, by indicator, scope
	 * and period as Java orders their text (byte order, {@code COLLATE "C"}), read
	 * through a cursor: an edition's content digest over a nation's million figures
	 * without holding them. With {@code scope} and {@code period}, that scope's figures
	 * of that period only.
	 */
	@Transactional(readOnly = true)
	public long forEach(long batchId, String scope, String period, Consumer<Figure> sink) {
		String only = scope == null ? "" : " AND scope = :scope AND period = :period";
		try (Stream<Figure> figures = jdbc
			.sql("SELECT " + COLUMNS + " FROM figure WHERE batch_id = :batch" + only
					+ " ORDER BY indicator COLLATE \"C\", scope COLLATE \"C\", period COLLATE \"C\"")
			.withFetchSize(STREAMED_AT_ONCE)
			.param("batch", batchId)
			.param("scope", scope)
			.param("period", period)
			.query(Figure.class)
			.stream()) {
			long[] handed = { 0 };
			figures.forEach(figure -> {
				sink.accept(figure);
				handed[0]++;
			});
			return handed[0];
		}
	}

	/** The batches a batch's change figures were computed against. */
	public List<Long> previousBatches(long batchId) {
		return jdbc.sql("""
				SELECT DISTINCT previous_batch_id FROM figure
				WHERE batch_id = :batch AND previous_batch_id IS NOT NULL ORDER BY 1""")
			.param("batch", batchId)
			.query(Long.class)
			.list();
	}

	/**
	 * The figures of {@code indicators} for {@code scopes} of a batch, in the order of
	 * {@link #ofBatch}: what reads a nation's million figures a slice at a time (the
	 * review), instead of all of them at once.
	 */
	public List<Figure> ofScopes(long batchId, Collection<String> indicators, Collection<String> scopes) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM figure WHERE batch_id = :batch AND indicator = ANY(:indicators) AND scope = ANY(:scopes)
				ORDER BY indicator, scope""")
			.param("batch", batchId)
			.param("indicators", indicators.toArray(String[]::new))
			.param("scopes", scopes.toArray(String[]::new))
			.query(Figure.class)
			.list();
	}

	/**
	 * One indicator's figures of a period in a batch, every scope: a figure page's
	 * breakdown, which would otherwise read the whole batch's (tens of thousands for a
	 * province) to keep a few hundred.
	 */
	public List<Figure> ofIndicator(long batchId, String indicator, String period) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM figure WHERE batch_id = :batch AND indicator = :indicator AND period = :period ORDER BY scope")
			.param("batch", batchId)
			.param("indicator", indicator)
			.param("period", period)
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
