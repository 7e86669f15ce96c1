package org.vocstat.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report page: for a loaded region and academic year, the seed report's tables and
 * charts, every figure a link to its page, the figures that differ from the published
 * report marked with the explanation on hover; or a published edition's frozen figures
 * ({@code ?edition=ID}).
 */
@Controller
@ConditionalOnWebApplication
class ReportController {

	private final LoadedPeriods loaded;

	private final ReportContent content;

	ReportController(LoadedPeriods loaded, ReportContent content) {
		this.loaded = loaded;
		this.content = content;
	}

	@GetMapping({ "/", "/report" })
	String report(@RequestParam(required = false) String region, @RequestParam(required = false) String period,
			@RequestParam(required = false) Long edition, Model model) {
		ReportContent.Content report = edition == null ? content.current(region, period) : content.edition(edition);
		model.addAttribute("shown", report.shown());
		model.addAttribute("edition", report.edition());
		model.addAttribute("origin", report.edition() == null ? LinkOrigin.region(report.shown().region())
				: LinkOrigin.edition(report.edition().editionId()));
		model.addAttribute("loaded", loaded.all());
		model.addAttribute("tables", report.tables());
		model.addAttribute("differences", report.differences());
		model.addAttribute("charts", ReportCharts.of(report.tables()));
		model.addAttribute("exams", report.exams());
		return "console/report";
	}

}
