package org.vocstat.console;

import java.security.Principal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.vocstat.pipeline.LoadBusyException;
import org.vocstat.publication.BatchLine;
import org.vocstat.publication.Edition;
import org.vocstat.publication.Editions;
import org.vocstat.publication.PruneReport;
import org.vocstat.publication.PublishOutcome;
import org.vocstat.publication.Publisher;
import org.vocstat.publication.Retention;

/**
 * Batches and editions: what is current, superseded, pruned and published, and the disk
 * each batch holds (what {@code vocstat batches} and {@code vocstat editions} list); a
 * statistician's publish form and an operator's prune, whose dry run is shown before
 * anything is dropped. The publication module records both in the audit trail with the
 * signed-in user.
 */
@Controller
@ConditionalOnWebApplication
class PublicationController {

	private final Retention retention;

	private final Editions editions;

	private final Publisher publisher;

	private final LoadedPeriods loaded;

	PublicationController(Retention retention, Editions editions, Publisher publisher, LoadedPeriods loaded) {
		this.retention = retention;
		this.editions = editions;
		this.publisher = publisher;
		this.loaded = loaded;
	}

	/**
	 * An edition as listed: current, or superseded by a later edition of its region and
	 * period.
	 */
	record EditionView(Edition edition, long figures, Long supersededBy, String publishedAt) {
	}

	/**
	 * A batch as listed, its times in this machine's zone as the runs page shows them.
	 */
	record BatchView(BatchLine line, String loadedAt, String prunedAt) {
	}

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	/**
	 * An instant as retention writes it ({@code 2026-12-07T09:43:51Z}), in local time.
	 */
	static String local(String instant) {
		return instant == null || instant.isEmpty() ? "" : LOCAL.format(Instant.parse(instant));
	}

	@GetMapping("/batches")
	String batches(Model model) {
		List<BatchLine> lines = retention.batches();
		model.addAttribute("batches",
				lines.stream().map(b -> new BatchView(b, local(b.loadedAt()), local(b.pruned()))).toList());
		model.addAttribute("bytes", Retention.size(lines.stream().mapToLong(BatchLine::bytes).sum()));
		model.addAttribute("keepLatest", retention.defaultKeepLatest());
		return "console/batches";
	}

	/**
	 * An operator's prune, as a dry run: what would go, with the button that prunes it.
	 */
	@GetMapping("/batches/prune")
	String pruneDryRun(@RequestParam(required = false) Integer keepLatest, Model model) {
		int keep = keep(keepLatest);
		try {
			model.addAttribute("dryRun", retention.prune(keep, true, "dry run").said(ConsoleWords::say));
		}
		catch (LoadBusyException ex) {
			model.addAttribute("refusal", ConsoleWords.say(ex));
		}
		model.addAttribute("keepLatest", keep);
		return batches(model);
	}

	@PostMapping("/batches/prune")
	String prune(@RequestParam(required = false) Integer keepLatest, Principal user, RedirectAttributes redirect) {
		int keep = keep(keepLatest);
		try {
			PruneReport report = retention.prune(keep, false, user.getName());
			redirect.addFlashAttribute("notice", report.lines().isEmpty() ? "没有可清理的批次（nothing to prune）"
					: "已清理 " + report.lines().size() + " 个批次，释放 " + Retention.size(report.bytesFreed()) + "（pruned）");
		}
		catch (LoadBusyException ex) {
			redirect.addFlashAttribute("refusal", ConsoleWords.say(ex));
		}
		return "redirect:/batches";
	}

	@GetMapping("/editions")
	String editions(Model model) {
		List<Edition> all = editions.all();
		Map<Long, Long> supersededBy = new HashMap<>();
		all.stream().filter(e -> e.replaces() != null).forEach(e -> supersededBy.put(e.replaces(), e.editionId()));
		model.addAttribute("editions",
				all.stream()
					.sorted(java.util.Comparator.comparingLong(Edition::editionId).reversed())
					.map(e -> new EditionView(e, editions.figureCount(e.editionId()), supersededBy.get(e.editionId()),
							LOCAL.format(e.publishedAt())))
					.toList());
		// Two plain selects, so that the form works without JavaScript; a region and year
		// not loaded together is refused by the publication module, naming them.
		List<LoadedPeriods.Loaded> periods = loaded.all();
		model.addAttribute("regions", firstOfEach(periods, LoadedPeriods.Loaded::region));
		model.addAttribute("years", firstOfEach(periods, LoadedPeriods.Loaded::period));
		return "console/editions";
	}

	/** One loaded period per {@code key}, in the order loaded (latest year first). */
	private static List<LoadedPeriods.Loaded> firstOfEach(List<LoadedPeriods.Loaded> all,
			Function<LoadedPeriods.Loaded, String> key) {
		Map<String, LoadedPeriods.Loaded> first = new LinkedHashMap<>();
		all.forEach(l -> first.putIfAbsent(key.apply(l), l));
		return List.copyOf(first.values());
	}

	@PostMapping("/editions/publish")
	String publish(@RequestParam String region, @RequestParam String period,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String override,
			Principal user, RedirectAttributes redirect) {
		try {
			PublishOutcome outcome = publisher.publish(region, period, title.strip(), user.getName(),
					override.isBlank() ? null : override.strip());
			boolean done = outcome.kind() == PublishOutcome.Kind.PUBLISHED
					|| outcome.kind() == PublishOutcome.Kind.UNCHANGED;
			redirect.addFlashAttribute(done ? "notice" : "refusal", ConsoleWords.say(outcome.reason()));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("refusal", ConsoleWords.say(ex));
		}
		return "redirect:/editions";
	}

	private int keep(Integer keepLatest) {
		int keep = keepLatest == null ? retention.defaultKeepLatest() : keepLatest;
		if (keep < 0 || keep > 1000) {
			throw new ConsoleErrors.BadRequest("保留最新批次数为 0 至 1000，不是 " + keep + " (keep-latest)");
		}
		return keep;
	}

}
