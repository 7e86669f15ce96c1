package org.vocstat.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import org.vocstat.indicator.Figure;
import org.vocstat.indicator.FigureSource;
import org.vocstat.indicator.FigureStore;
import org.vocstat.indicator.Periods;
import org.vocstat.publication.EditionFigures;
import org.vocstat.publication.Editions;

/**
 * Finds a figure among a published edition's frozen figures, and the region's current
 * figure beside it; an unknown edition, or a figure the edition does not hold, is a 404.
 */
@Component
@ConditionalOnWebApplication
class EditionFigureLookup {

	private final Editions editions;

	private final FigureSource current;

	EditionFigureLookup(Editions editions, Periods periods, FigureStore store) {
		this.editions = editions;
		this.current = FigureSource.current(periods, store);
	}

	EditionFigure find(long editionId, String indicator, String scope, String period) {
		EditionFigures figures = editions.open(editionId);
		String region = figures.edition().region();
		// A malformed period is the indicator module's argument error: a 404 naming it.
		int year = Periods.academicYearOf(period);
		Figure frozen = figures.batchFor(region, year)
			.flatMap(batch -> figures.find(batch, indicator, scope, period))
			.orElseThrow(() -> new NotFound("版本 " + editionId + " 没有 " + indicator + " " + scope + " " + period
					+ " (edition " + editionId + " does not hold this figure)"));
		Figure now = current.batchFor(region, year)
			.flatMap(batch -> current.find(batch, indicator, scope, period))
			.orElse(null);
		return new EditionFigure(figures, frozen, now);
	}

}
