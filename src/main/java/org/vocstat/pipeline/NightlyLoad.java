package org.vocstat.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import org.vocstat.delivery.Inbox;
import org.vocstat.delivery.InboxBatch;
import org.vocstat.delivery.Reason;

/**
 * The unattended nightly load: under the load lock, every complete batch in the inbox is
 * loaded, oldest export first, and archived with its manifest; a batch still being copied
 * is left alone. The first failed load stops the night (later years build on earlier
 * ones; the next night restarts it); a refused batch stays in the inbox. Exit code: 1 if
 * a load failed (restartable), else 3 if a batch was refused, else 0.
 */
@Component
public class NightlyLoad {

	private static final Logger log = LoggerFactory.getLogger(NightlyLoad.class);

	private final LoadLock lock;

	private final BatchLoader loader;

	private final Duration staleAfter;

	NightlyLoad(LoadLock lock, BatchLoader loader, InboxProperties inbox) {
		this.staleAfter = inbox.staleAfter();
		this.lock = lock;
		this.loader = loader;
	}

	public NightlyReport run(Path inbox, Path archive) {
		try {
			return lock.run("nightly", () -> runWhileLocked(inbox, archive));
		}
		catch (LoadBusyException ex) {
			return new NightlyReport(List.of(new NightlyReport.Line(inbox.toString(), "BUSY", null, ex.reason())),
					ExitCode.BUSY);
		}
	}

	private NightlyReport runWhileLocked(Path inbox, Path archive) {
		List<NightlyReport.Line> lines = new ArrayList<>();
		boolean refused = false;
		for (InboxBatch batch : Inbox.scan(inbox, staleAfter, Instant.now())) {
			String folder = batch.folder().getFileName().toString();
			if (batch.refused()) {
				refused = true;
				log.warn("nightly: {} refused: {}", folder, batch.waitingBecause());
				lines.add(new NightlyReport.Line(folder, "REFUSED", null, batch.waitingBecause()));
				continue;
			}
			if (batch.stale()) {
				refused = true;
				log.warn("nightly: {} is STALE: {}, unchanged for over {}", folder, batch.waitingBecause(), staleAfter);
				lines.add(new NightlyReport.Line(folder, "STALE", null,
						Reason.of("nightly.stale", batch.waitingBecause(), staleAfter.toString())));
				continue;
			}
			if (!batch.complete()) {
				log.info("nightly: {} is waiting: {}", folder, batch.waitingBecause());
				lines.add(new NightlyReport.Line(folder, "WAITING", null, batch.waitingBecause()));
				continue;
			}
			LoadOutcome outcome = loader.loadWhileLocked(batch.folder(), null, null, null);
			switch (outcome.exitCode()) {
				case SUCCESS -> {
					Path archived = Inbox.archive(batch.folder(), archive);
					log.info("nightly: {} {}; archived to {}", folder, outcome.verdict(), archived);
					lines.add(new NightlyReport.Line(folder, outcome.alreadyDone() ? "ALREADY LOADED" : "LOADED",
							outcome.jobExecutionId(), Reason.of("nightly.archived", archived)));
				}
				case REFUSED -> {
					refused = true;
					log.warn("nightly: {} refused: {}", folder, outcome.verdict());
					lines.add(new NightlyReport.Line(folder, "REFUSED", outcome.jobExecutionId(), said(outcome)));
				}
				default -> {
					log.error("nightly: {} failed: {}", folder, outcome.verdict());
					lines.add(new NightlyReport.Line(folder, "FAILED", outcome.jobExecutionId(), said(outcome)));
					return new NightlyReport(lines, ExitCode.FAILED_RESTARTABLE);
				}
			}
		}
		return new NightlyReport(lines, refused ? ExitCode.REFUSED : ExitCode.SUCCESS);
	}

	/** A load's verdict as a reason when it has a key, else its English. */
	private static Object said(LoadOutcome outcome) {
		return outcome.key() == null ? outcome.verdict() : new Reason(outcome.key(), outcome.arguments());
	}

}
