package org.vocstat.console;

import org.vocstat.indicator.Figure;
import org.vocstat.indicator.FigureQueries;
import org.vocstat.indicator.Scope;
import org.vocstat.indicator.Trace;
import org.vocstat.indicator.Tracer;

/**
 * A figure as a URL names it: indicator, scope, period and, where the scope alone does
 * not say, the region whose current batch holds it.
 */
record FigureRequest(String indicator, String scope, String period, String region) {

	/** The figure's trace without rows; a 404 when any part names nothing stored. */
	Trace describe(Tracer tracer, FigureQueries queries) {
		Scope parsed = Scope.parse(scope);
		String resolved = queries.region(region, parsed);
		return tracer.describe(indicator, parsed, period, resolved);
	}

	/** The stored figure without its trace; a 404 when any part names nothing stored. */
	Figure find(Tracer tracer, FigureQueries queries) {
		Scope parsed = Scope.parse(scope);
		return tracer.figure(indicator, parsed, period, queries.region(region, parsed));
	}

	/** The region holding the figure: as given, or as the scope tells. */
	String resolvedRegion(FigureQueries queries) {
		return queries.region(region, Scope.parse(scope));
	}

}
