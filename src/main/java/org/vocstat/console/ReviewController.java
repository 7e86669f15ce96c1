package org.vocstat.console;

import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.vocstat.indicator.Scope;
import org.vocstat.indicator.ScopeNames;
import org.vocstat.review.Finding;
import org.vocstat.review.FindingLevel;
import org.vocstat.review.ReviewFindings;
import org.vocstat.review.ReviewRefusedException;

/**
 * The review findings (数据审核) of a region's current batch for an academic year, by level
 * and scope, with the explain and accept forms for statisticians. The review module
 * records each explanation and acceptance in the audit trail with the signed-in user;
 * what it refuses (an error, an empty text) comes back as a message on the page.
 */
@Controller
@ConditionalOnWebApplication
class ReviewController {

	private final LoadedPeriods loaded;

	private final ReviewFindings findings;

	private final ScopeNames names;

	ReviewController(LoadedPeriods loaded, ReviewFindings findings, ScopeNames names) {
		this.loaded = loaded;
		this.findings = findings;
		this.names = names;
	}

	/** A finding as the page shows it: with the name of its scope. */
	record FindingView(Finding finding, String scopeName) {
	}

	@GetMapping("/review")
	String review(@RequestParam(required = false) String region, @RequestParam(required = false) String period,
			@RequestParam(required = false) String level, @RequestParam(required = false) String scope, Model model) {
		LoadedPeriods.Loaded shown = loaded.find(region, period);
		FindingLevel wanted = level(level);
		String within = scope == null || scope.isBlank() ? null : scope.strip();
		ScopeNames.Namer namer = names.of(shown.batch());
		List<FindingView> list = findings.findings(shown.region(), shown.period(), wanted, within)
			.stream()
			.map(f -> new FindingView(f, name(namer, f.scope())))
			.toList();
		if (within != null && list.isEmpty()
				&& findings.findings(shown.region(), shown.period(), null, null)
					.stream()
					.noneMatch(f -> f.scope().equals(within) || f.scope().startsWith(within + ":"))) {
			throw new NotFound("批次 " + shown.batch() + " 没有范围 " + within + " 的审核结果 (no findings of that scope)");
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String status : List.of("open", "explained", "accepted")) {
			counts.put(status, list.stream().filter(v -> v.finding().status().equals(status)).count());
		}
		model.addAttribute("shown", shown);
		model.addAttribute("loaded", loaded.all());
		model.addAttribute("findings", list);
		model.addAttribute("errors", list.stream().filter(v -> v.finding().level().equals("error")).toList());
		model.addAttribute("queries", list.stream().filter(v -> v.finding().level().equals("query")).toList());
		model.addAttribute("counts", counts);
		model.addAttribute("level", wanted == null ? "" : wanted.name());
		model.addAttribute("scope", within == null ? "" : within);
		model.addAttribute("maxText", ReviewFindings.MAX_TEXT);
		return "console/review";
	}

	@PostMapping("/review/{id}/explain")
	String explain(@PathVariable long id, @RequestParam(defaultValue = "") String text, Principal user,
			RedirectAttributes redirect) {
		Finding finding = find(id);
		return act(finding, redirect, () -> findings.explain(id, text, user.getName()),
				"已记录对审核结果 " + id + " 的说明（explained）");
	}

	@PostMapping("/review/{id}/accept")
	String accept(@PathVariable long id, Principal user, RedirectAttributes redirect) {
		Finding finding = find(id);
		return act(finding, redirect, () -> findings.accept(id, user.getName()), "已认可审核结果 " + id + "（accepted）");
	}

	/**
	 * Runs the review module's action; its refusal (an error cannot be cleared, an empty
	 * or overlong text) is the page's message, and nothing was changed.
	 */
	private String act(Finding finding, RedirectAttributes redirect, Runnable action, String done) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (ReviewRefusedException | IllegalArgumentException ex) {
			redirect.addFlashAttribute("refusal", ConsoleWords.say(ex));
		}
		LoadedPeriods.Loaded shown = loaded.all()
			.stream()
			.filter(l -> l.batch() == finding.batch())
			.findFirst()
			.orElse(null);
		return shown == null ? "redirect:/review" : "redirect:/review?region=" + shown.region() + "&period="
				+ shown.period() + "#finding-" + finding.id();
	}

	private Finding find(long id) {
		return findings.finding(id).orElseThrow(() -> new NotFound("没有审核结果 " + id + " (no such finding)"));
	}

	private static FindingLevel level(String level) {
		if (level == null || level.isBlank()) {
			return null;
		}
		return Arrays.stream(FindingLevel.values())
			.filter(l -> l.name().equals(level))
			.findFirst()
			.orElseThrow(() -> new ConsoleErrors.BadRequest("级别为 error 或 query，不是 " + level + " (level)"));
	}

	/** The scope's name ({@code school:3633000312} → the school's name), or none. */
	private static String name(ScopeNames.Namer namer, String scope) {
		try {
			return namer.name(Scope.parse(scope));
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

}
