package org.vocstat.console;

import java.security.Principal;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.vocstat.audit.AuditQueries;
import org.vocstat.audit.QuarantinedRow;
import org.vocstat.audit.ReasonCount;
import org.vocstat.audit.RunSummary;

/**
 * The runs: the latest runs, a run's steps with counts, durations, status and the whole
 * failure message, its quarantine by file and rule, and an operator's restart and rerun.
 */
@Controller
@ConditionalOnWebApplication
class RunsController {

	private static final int RUNS_SHOWN = 100;

	private final AuditQueries audit;

	private final RunActions actions;

	RunsController(AuditQueries audit, RunActions actions) {
		this.audit = audit;
		this.actions = actions;
	}

	@GetMapping("/runs")
	String runs(Model model) {
		model.addAttribute("runs", audit.runs(RUNS_SHOWN).stream().map(RunView::of).toList());
		return "console/runs";
	}

	@GetMapping("/runs/{run}")
	String run(@PathVariable long run, Model model) {
		RunSummary summary = find(run);
		model.addAttribute("view", RunView.of(summary));
		model.addAttribute("steps", audit.steps(run));
		model.addAttribute("inProgress", audit.stepsInProgress(run));
		model.addAttribute("reasons", summary.batchId() == null ? List.of() : audit.reasons(summary.batchId()));
		return "console/run";
	}

	@GetMapping("/runs/{run}/quarantine")
	String quarantine(@PathVariable long run, @RequestParam(required = false) String file,
			@RequestParam(required = false) String rule, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "50") int size, Model model) {
		if (size < 1 || size > FigureController.MAX_PAGE_SIZE) {
			throw new ConsoleErrors.BadRequest("每页行数为 1 至 " + FigureController.MAX_PAGE_SIZE + "，不是 " + size);
		}
		RunSummary summary = find(run);
		if (summary.batchId() == null) {
			throw new NotFound("运行 " + run + " 没有登记批次，没有隔离行 (the run registered no batch)");
		}
		String fileWanted = file == null || file.isEmpty() ? null : file;
		String ruleWanted = rule == null || rule.isEmpty() ? null : rule;
		long total = audit.quarantineCount(summary.batchId(), fileWanted, ruleWanted);
		long pages = Math.max(1, (total + size - 1) / size);
		if (page < 1 || page > pages) {
			throw new NotFound("没有第 " + page + " 页：共 " + pages + " 页 (no such page)");
		}
		List<QuarantinedRow> rows = audit.quarantine(summary.batchId(), fileWanted, ruleWanted, (page - 1L) * size,
				size);
		model.addAttribute("view", RunView.of(summary));
		List<ReasonCount> reasons = audit.reasons(summary.batchId());
		model.addAttribute("files", reasons.stream().map(ReasonCount::file).distinct().sorted().toList());
		model.addAttribute("rules", reasons.stream().map(ReasonCount::rule).distinct().sorted().toList());
		model.addAttribute("rows", rows);
		model.addAttribute("total", total);
		model.addAttribute("file", file);
		model.addAttribute("rule", rule);
		model.addAttribute("page", page);
		model.addAttribute("pages", pages);
		model.addAttribute("size", size);
		return "console/quarantine";
	}

	@PostMapping("/runs/{run}/restart")
	String restart(@PathVariable long run, Principal user, RedirectAttributes redirect) {
		find(run);
		actions.restart(run, user.getName());
		redirect.addFlashAttribute("notice", "已开始重启运行 " + run + "（restart started）");
		return "redirect:/runs/" + run;
	}

	@PostMapping("/runs/{run}/rerun")
	String rerun(@PathVariable long run, @RequestParam String from, Principal user, RedirectAttributes redirect) {
		find(run);
		actions.rerun(run, from, user.getName());
		redirect.addFlashAttribute("notice", "已开始从 " + from + " 重算运行 " + run + "（rerun started）");
		return "redirect:/runs/" + run;
	}

	private RunSummary find(long run) {
		return audit.run(run).orElseThrow(() -> new NotFound("没有运行 " + run + " (no such run)"));
	}

}
