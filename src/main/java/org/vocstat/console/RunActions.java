package org.vocstat.console;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.pipeline.Recompute;
import org.vocstat.pipeline.RunRecovery;
import org.vocstat.trail.AuditTrail;

/**
 * An operator's restart or rerun from the console: started in the background (a load runs
 * for minutes; the page shows its progress), one at a time, and logged with the signed-in
 * user. The same code as {@code vocstat restart} and {@code vocstat rerun}.
 */
@Component
@ConditionalOnWebApplication
class RunActions {

	private static final Logger log = LoggerFactory.getLogger(RunActions.class);

	private final TaskExecutor worker;

	private final RunRecovery recovery;

	private final Recompute recompute;

	/**
	 * Records who asked: the pipeline records the restart or rerun itself by the OS user
	 * running the console, which is not the person signed in.
	 */
	private final AuditTrail trail;

	RunActions(RunRecovery recovery, Recompute recompute, AuditTrail trail,
			@Qualifier(ConsoleActionsConfiguration.EXECUTOR) TaskExecutor worker) {
		this.worker = worker;
		this.recovery = recovery;
		this.recompute = recompute;
		this.trail = trail;
	}

	void restart(long run, String user) {
		log.info("console: {} restarts run {}", user, run);
		trail.append("console restart", user, "run:" + run);
		worker.execute(() -> report("restart", run, user, () -> recovery.restart(run)));
	}

	void rerun(long run, String from, String user) {
		if (!from.equals("reconcile") && !from.equals("indicators")) {
			throw new ConsoleErrors.BadRequest("rerun from reconcile or indicators, not " + from);
		}
		log.info("console: {} reruns run {} from {}", user, run, from);
		trail.append("console rerun", user, List.of("run:" + run), "from " + from);
		worker.execute(() -> report("rerun", run, user, () -> recompute.rerun(run, from)));
	}

	private static void report(String action, long run, String user, java.util.function.Supplier<LoadOutcome> body) {
		try {
			LoadOutcome outcome = body.get();
			log.info("console: {} of run {} by {} ended: exit {} ({})", action, run, user, outcome.exitCode().code(),
					outcome.verdict());
		}
		catch (RuntimeException ex) {
			log.error("console: {} of run {} by {} failed", action, run, user, ex);
		}
	}

}
