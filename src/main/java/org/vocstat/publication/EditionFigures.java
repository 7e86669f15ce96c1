package org.vocstat.publication;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.indicator.Figure;
import org.vocstat.indicator.FigureSource;
import org.vocstat.indicator.Periods;

/**
 * An edition's frozen figures as a {@link FigureSource}: the report, the published check
 * and a trace read them instead of the current batches', which later loads may have
 * replaced. Each question is a query of the frozen figures, scoped to what it asks, as
 * the current batches' source answers it: a report reads a few hundred of a province's
 * tens of thousands.
 */
public final class EditionFigures implements FigureSource {

	private final Edition edition;

	private final JdbcClient jdbc;

	EditionFigures(Edition edition, JdbcClient jdbc) {
		this.edition = edition;
		this.jdbc = jdbc;
	}

	public Edition edition() {
		return edition;
	}

	/**
	 * The edition's batch of the region's academic year: its own, or the previous year's
	 * whose figures it holds; none for another region or year.
	 */
	@Override
	public Optional<Long> batchFor(String region, int academicYear) {
		if (!region.equals(edition.region())) {
			return Optional.empty();
		}
		int year = Periods.academicYearOf(edition.period());
		if (academicYear == year) {
			return Optional.of(edition.batchId());
		}
		return jdbc.sql("""
				SELECT b.batch_id FROM edition_batch b WHERE b.edition_id = :edition AND b.batch_id <> :batch
				AND EXISTS (SELECT 1 FROM edition_figure f WHERE f.edition_id = b.edition_id
				            AND f.batch_id = b.batch_id AND f.period = :period)
				ORDER BY b.batch_id LIMIT 1""")
			.param("edition", edition.editionId())
			.param("batch", edition.batchId())
			.param("period", "AY" + academicYear)
			.query(Long.class)
			.optional();
	}

	@Override
	public Optional<Figure> find(long batchId, String indicator, String scope, String period) {
		return jdbc
			.sql("SELECT " + Editions.FIGURE_COLUMNS + " FROM edition_figure WHERE edition_id = :edition"
					+ " AND batch_id = :batch AND indicator = :indicator AND scope = :scope AND period = :period")
			.param("edition", edition.editionId())
			.param("batch", batchId)
			.param("indicator", indicator)
			.param("scope", scope)
			.param("period", period)
			.query(Figure.class)
			.optional();
	}

	@Override
	public List<Figure> ofBatch(long batchId) {
		return jdbc
			.sql("SELECT " + Editions.FIGURE_COLUMNS + " FROM edition_figure WHERE edition_id = :edition"
					+ " AND batch_id = :batch ORDER BY indicator, scope, period")
			.param("edition", edition.editionId())
			.param("batch", batchId)
			.query(Figure.class)
			.list();
	}

	/**
	 * The scopes without reading the figures (a province edition's are tens of
	 * thousands).
	 */
	@Override
	public List<String> scopes(long batchId) {
		return jdbc.sql("SELECT DISTINCT scope FROM edition_figure WHERE edition_id = :edition AND batch_id = :batch")
			.param("edition", edition.editionId())
			.param("batch", batchId)
			.query(String.class)
			.list();
	}

}
