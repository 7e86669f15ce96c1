package org.vocstat.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.vocstat.indicator.FigureQueries;
import org.vocstat.indicator.SourceRows;
import org.vocstat.indicator.Trace;
import org.vocstat.indicator.Tracer;

/**
 * A figure's digest check as a fragment of its page ("unchanged since computed", or that
 * the rows changed and how many there are now): it reads every contributing row again, so
 * the figure page asks for it after its own first byte instead of making a person wait
 * for it.
 */
@Controller
@ConditionalOnWebApplication
class DigestCheckController {

	private final Tracer tracer;

	private final FigureQueries queries;

	private final SourceRows sourceRows;

	private final EditionFigureLookup editions;

	DigestCheckController(Tracer tracer, FigureQueries queries, SourceRows sourceRows, EditionFigureLookup editions) {
		this.tracer = tracer;
		this.queries = queries;
		this.sourceRows = sourceRows;
		this.editions = editions;
	}

	@GetMapping("/figure/digest")
	String digest(@RequestParam String indicator, @RequestParam String scope, @RequestParam String period,
			@RequestParam(required = false) String region, @RequestParam(required = false) Long edition, Model model) {
		// An edition's figure is checked as it was frozen, against the rows of its batch.
		Trace trace = tracer
			.describe(edition == null ? new FigureRequest(indicator, scope, period, region).find(tracer, queries)
					: editions.find(edition, indicator, scope, period).frozen());
		model.addAttribute("trace", trace);
		// Rows that still give the stored digest are those the figure counted (the digest
		// covers each measure's row count): only changed rows are counted again.
		model.addAttribute("rowsNow", trace.unchanged() ? trace.figure().rows() : sourceRows.count(trace.figure()));
		return "console/figure-digest";
	}

}
