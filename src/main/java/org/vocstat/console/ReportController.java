package org.vocstat.console;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.vocstat.indicator.ReportTable;
import org.vocstat.indicator.ReportTables;

/**
 * The report page: for a loaded region and academic year, the seed report's tables and
 * charts, every figure a link to its page, the figures that differ from the published
 * report marked with the explanation on hover.
 */
@Controller
@ConditionalOnWebApplication
class ReportController {

	private final LoadedPeriods loaded;

	private final ReportTables tables;

	private final PublishedDifferences differences;

	private final ExamParagraph exams;

	ReportController(LoadedPeriods loaded, ReportTables tables, PublishedDifferences differences, ExamParagraph exams) {
		this.exams = exams;
		this.loaded = loaded;
		this.tables = tables;
		this.differences = differences;
	}

	@GetMapping({ "/", "/report" })
	String report(@RequestParam(required = false) String region, @RequestParam(required = false) String period,
			Model model) {
		LoadedPeriods.Loaded shown = loaded.find(region, period);
		List<ReportTable> report = tables.render(shown.region(), shown.period());
		Map<String, PublishedDifferences.Difference> differing = differences.of(shown.region());
		model.addAttribute("shown", shown);
		model.addAttribute("loaded", loaded.all());
		model.addAttribute("tables", report);
		model.addAttribute("differences", differing);
		model.addAttribute("charts", ReportCharts.of(report));
		model.addAttribute("exams", exams.of(shown));
		return "console/report";
	}

}
