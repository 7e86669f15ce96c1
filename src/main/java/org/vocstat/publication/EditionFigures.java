package org.vocstat.publication;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.vocstat.indicator.Figure;
import org.vocstat.indicator.FigureSource;
import org.vocstat.indicator.Periods;

/**
 * An edition's frozen figures as a {@link FigureSource}: the report, the published check
 * and a trace read them instead of the current batches', which later loads may have
 * replaced.
 */
public final class EditionFigures implements FigureSource {

	private final Edition edition;

	private final Map<String, Figure> figures;

	EditionFigures(Edition edition, List<Figure> figures) {
		this.edition = edition;
		this.figures = figures.stream().collect(Collectors.toMap(EditionFigures::key, Function.identity()));
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
		return figures.values()
			.stream()
			.filter(f -> f.batchId() != edition.batchId() && f.period().equals("AY" + academicYear))
			.map(Figure::batchId)
			.findFirst();
	}

	@Override
	public Optional<Figure> find(long batchId, String indicator, String scope, String period) {
		return Optional.ofNullable(figures.get(batchId + "|" + indicator + "|" + scope + "|" + period));
	}

	@Override
	public List<Figure> ofBatch(long batchId) {
		return figures.values().stream().filter(f -> f.batchId() == batchId).toList();
	}

	private static String key(Figure figure) {
		return figure.batchId() + "|" + figure.indicator() + "|" + figure.scope() + "|" + figure.period();
	}

}
