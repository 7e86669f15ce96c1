package org.vocstat.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import org.vocstat.delivery.Reason.BadArgumentException;
import org.vocstat.indicator.Figure;

/**
 * The tables {@code edition}, {@code edition_batch} and {@code edition_figure}: written
 * once per edition, never updated (a trigger refuses it, V26).
 */
@Repository
public class Editions {

	private static final String COLUMNS = """
			edition_id, title, region, period, batch_id, replaces, catalogue_fingerprint, content_digest, published_by,
			published_at, override_reason, chain_head""";

	static final String FIGURE_COLUMNS = """
			batch_id, indicator, scope, period, value, unrounded, numerator, denominator, previous_batch_id, rows, digest""";

	/** Frozen figures a streamed read asks PostgreSQL for at a time. */
	private static final int FIGURES_AT_ONCE = 5_000;

	private final JdbcClient jdbc;

	Editions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextId() {
		return jdbc.sql("SELECT nextval('edition_id_seq')").query(Long.class).single();
	}

	/**
	 * Writes the edition, its batches, and its figures copied from {@code figure}: every
	 * figure of the edition's batch, and {@code previousFigures} of the batch before.
	 */
	void insert(Edition edition, List<Long> batches, Long previousBatch, List<String> previousScopes,
			String previousPeriod) {
		jdbc.sql("INSERT INTO edition (" + COLUMNS + ") VALUES (:id, :title, :region, :period, :batch, :replaces, "
				+ ":fingerprint, :content, :by, :at, :override, :head)")
			.param("id", edition.editionId())
			.param("title", edition.title())
			.param("region", edition.region())
			.param("period", edition.period())
			.param("batch", edition.batchId())
			.param("replaces", edition.replaces())
			.param("fingerprint", edition.catalogueFingerprint())
			.param("content", edition.contentDigest())
			.param("by", edition.publishedBy())
			.param("at", Timestamp.from(edition.publishedAt()))
			.param("override", edition.overrideReason())
			.param("head", edition.chainHead())
			.update();
		for (long batch : batches) {
			jdbc.sql("INSERT INTO edition_batch (edition_id, batch_id) VALUES (:edition, :batch)")
				.param("edition", edition.editionId())
				.param("batch", batch)
				.update();
		}
		jdbc.sql("INSERT INTO edition_figure (edition_id, " + FIGURE_COLUMNS + ") SELECT :edition, " + FIGURE_COLUMNS
				+ " FROM figure WHERE batch_id = :batch")
			.param("edition", edition.editionId())
			.param("batch", edition.batchId())
			.update();
		if (previousBatch != null) {
			jdbc.sql(
					"INSERT INTO edition_figure (edition_id, " + FIGURE_COLUMNS + ") SELECT :edition, " + FIGURE_COLUMNS
							+ " FROM figure WHERE batch_id = :batch AND period = :period AND scope = ANY (:scopes)")
				.param("edition", edition.editionId())
				.param("batch", previousBatch)
				.param("period", previousPeriod)
				.param("scopes", previousScopes.toArray(String[]::new))
				.update();
		}
	}

	public Optional<Edition> find(long editionId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM edition WHERE edition_id = :id")
			.param("id", editionId)
			.query(Editions::edition)
			.optional();
	}

	/** The edition, or an argument error naming the id (exit 2 on the command line). */
	public Edition get(long editionId) {
		return find(editionId)
			.orElseThrow(() -> new BadArgumentException("publication.no-edition", Long.toString(editionId)));
	}

	/**
	 * The edition's figures to read (report, check, trace), or an argument error if the
	 * edition does not exist or a batch it came from was pruned (which retention never
	 * does to an edition's batches: only a hand-made change could).
	 */
	public EditionFigures open(long editionId) {
		Edition edition = get(editionId);
		for (long batch : batches(editionId)) {
			jdbc.sql("SELECT pruned_at FROM batch_pruned WHERE batch_id = :batch")
				.param("batch", batch)
				.query(Timestamp.class)
				.optional()
				.ifPresent(at -> {
					throw new BadArgumentException("publication.edition-pruned", Long.toString(editionId),
							Long.toString(batch), at.toInstant().toString());
				});
		}
		return new EditionFigures(edition, jdbc);
	}

	Optional<Edition> latest(String region, String period) {
		return jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM edition WHERE region = :region AND period = :period ORDER BY edition_id DESC LIMIT 1")
			.param("region", region)
			.param("period", period)
			.query(Editions::edition)
			.optional();
	}

	public List<Edition> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM edition ORDER BY edition_id").query(Editions::edition).list();
	}

	/** The edition's frozen figures, in a stable order. */
	/**
	 * An edition's frozen figures one at a time, in its content's order (text in Java's
	 * order), through a cursor: a national edition's million are never held at once.
	 */
	@Transactional(readOnly = true)
	void forEachFigure(long editionId, Consumer<Figure> sink) {
		try (Stream<Figure> figures = jdbc.sql("SELECT " + FIGURE_COLUMNS + """
				 FROM edition_figure WHERE edition_id = :id
				ORDER BY batch_id, indicator COLLATE "C", scope COLLATE "C", period COLLATE "C"
				""").withFetchSize(FIGURES_AT_ONCE).param("id", editionId).query(Figure.class).stream()) {
			figures.forEach(sink);
		}
	}

	public List<Figure> figures(long editionId) {
		return jdbc
			.sql("SELECT " + FIGURE_COLUMNS
					+ " FROM edition_figure WHERE edition_id = :id ORDER BY batch_id, indicator, scope, period")
			.param("id", editionId)
			.query(Figure.class)
			.list();
	}

	/** How many figures the edition froze, without reading them. */
	public long figureCount(long editionId) {
		return jdbc.sql("SELECT count(*) FROM edition_figure WHERE edition_id = :id")
			.param("id", editionId)
			.query(Long.class)
			.single();
	}

	/** The batches the edition's figures came from. */
	public List<Long> batches(long editionId) {
		return jdbc.sql("SELECT batch_id FROM edition_batch WHERE edition_id = :id ORDER BY batch_id")
			.param("id", editionId)
			.query(Long.class)
			.list();
	}

	/** The editions that hold figures of the batch. */
	List<Long> holding(long batchId) {
		return jdbc.sql("SELECT edition_id FROM edition_batch WHERE batch_id = :batch ORDER BY edition_id")
			.param("batch", batchId)
			.query(Long.class)
			.list();
	}

	private static Edition edition(ResultSet rs, int row) throws SQLException {
		return new Edition(rs.getLong("edition_id"), rs.getString("title"), rs.getString("region"),
				rs.getString("period"), rs.getLong("batch_id"), rs.getObject("replaces", Long.class),
				rs.getString("catalogue_fingerprint"), rs.getString("content_digest"), rs.getString("published_by"),
				rs.getTimestamp("published_at").toInstant(), rs.getString("override_reason"),
				rs.getString("chain_head"));
	}

}
