package org.vocstat.console;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.vocstat.indicator.Figure;
import org.vocstat.indicator.FigureQueries;
import org.vocstat.indicator.Periods;
import org.vocstat.indicator.Scope;
import org.vocstat.indicator.ScopeNames;
import org.vocstat.indicator.SourceRows;
import org.vocstat.indicator.Trace;
import org.vocstat.indicator.Tracer;

/**
 * A figure's page: name, definition in words and SQL, value, numerator and denominator,
 * the digest check (loaded by the page from {@link DigestCheckController}), the breakdown
 * beneath its scope, a published difference if any, and its source rows a page at a time
 * (masked), sortable.
 */
@Controller
@ConditionalOnWebApplication
class FigureController {

	/** The most rows one page shows; the CSV download has them all. */
	static final int MAX_PAGE_SIZE = 500;

	private final Tracer tracer;

	private final FigureQueries queries;

	private final SourceRows sourceRows;

	private final FigureBreakdown breakdown;

	private final PublishedDifferences differences;

	private final ScopeNames names;

	private final EditionFigureLookup editions;

	FigureController(Tracer tracer, FigureQueries queries, SourceRows sourceRows, FigureBreakdown breakdown,
			PublishedDifferences differences, ScopeNames names, EditionFigureLookup editions) {
		this.tracer = tracer;
		this.queries = queries;
		this.sourceRows = sourceRows;
		this.breakdown = breakdown;
		this.differences = differences;
		this.names = names;
		this.editions = editions;
	}

	@GetMapping("/figure")
	String figure(@RequestParam String indicator, @RequestParam String scope, @RequestParam String period,
			@RequestParam(required = false) String region, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(defaultValue = "file") String sort,
			@RequestParam(defaultValue = "false") boolean desc, @RequestParam(required = false) Long edition,
			Model model) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new ConsoleErrors.BadRequest(
					"每页行数为 1 至 " + MAX_PAGE_SIZE + "（page size 1 to " + MAX_PAGE_SIZE + "），不是 " + size);
		}
		if (!SourceRows.sortable(sort)) {
			throw new ConsoleErrors.BadRequest("不能按 " + sort + " 排序 (unknown sort)");
		}
		FigureRequest request = new FigureRequest(indicator, scope, period, region);
		// An edition's figure is its frozen copy, traced to the rows of the batch it
		// froze. The digest check reads every contributing row (a province's: over a
		// million): the page loads it after its first byte (DigestCheckController), and
		// counts the rows as the figure stored them, which the check's line says if they
		// changed.
		EditionFigure frozen = edition == null ? null : editions.find(edition, indicator, scope, period);
		Trace trace = tracer.define(frozen == null ? request.find(tracer, queries) : frozen.frozen());
		Figure figure = trace.figure();
		String resolvedRegion = frozen == null ? request.resolvedRegion(queries) : frozen.edition().region();
		long total = figure.rows();
		long pages = Math.max(1, (total + size - 1) / size);
		if (page < 1 || page > pages) {
			throw new NotFound("没有第 " + page + " 页：共 " + pages + " 页 (no such page)");
		}
		List<FigureBreakdown.Level> levels = frozen == null ? breakdown.of(figure, resolvedRegion)
				: breakdown.of(figure, frozen.figures());
		model.addAttribute("trace", trace);
		model.addAttribute("figure", figure);
		model.addAttribute("request", new FigureRequest(indicator, scope, period, resolvedRegion));
		model.addAttribute("scopeName", names.of(figure.batchId()).name(Scope.parse(scope)));
		model.addAttribute("displayed", trace.indicator().displayed(figure.value()));
		model.addAttribute("difference",
				(frozen == null ? differences.of(resolvedRegion) : differences.of(resolvedRegion, frozen.figures()))
					.get(PublishedDifferences.key(indicator, scope, period)));
		model.addAttribute("frozen", frozen);
		model.addAttribute("currentDisplayed", frozen == null || frozen.current() == null ? null
				: trace.indicator().displayed(frozen.current().value()));
		// The figure's links keep to what it was opened from: an edition, or a region's
		// current batch.
		model.addAttribute("origin", frozen == null ? LinkOrigin.region(resolvedRegion) : LinkOrigin.edition(edition));
		model.addAttribute("levels", levels);
		model.addAttribute("charts", levels.stream().map(FigureController::chart).toList());
		model.addAttribute("reportPeriod", "AY" + Periods.academicYearOf(period));
		model.addAttribute("total", total);
		model.addAttribute("rows", sourceRows.page(figure, sort, desc, (page - 1L) * size, size));
		model.addAttribute("page", page);
		model.addAttribute("pages", pages);
		model.addAttribute("size", size);
		model.addAttribute("sort", sort);
		model.addAttribute("desc", desc);
		return "console/figure";
	}

	private static Chart chart(FigureBreakdown.Level level) {
		return new Chart("chart-" + level.level(), level.nameZh(), "bar",
				level.lines().stream().map(line -> line.scopeName()).toList(),
				List.of(new Chart.Series("数值", level.lines().stream().map(line -> line.value()).toList())));
	}

}
