package org.vocstat.operator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

import org.vocstat.pipeline.GracefulStop;
import org.vocstat.pipeline.NightlyLoad;
import org.vocstat.pipeline.NightlyReport;

/**
 * {@code vocstat serve}: for sites without an external scheduler, stays up and runs the
 * same nightly load on a cron expression until stopped (SIGTERM or Ctrl-C), serving the
 * web console meanwhile (as {@code vocstat console} does).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = {
				"Runs the nightly load on a schedule until stopped (for sites without cron/systemd/Kubernetes).",
				"Each run is logged with its exit code; a failed run is resumed by the next one.",
				"Serves the web console meanwhile (see vocstat console --help)." })
class ServeCommand implements Callable<Integer> {

	private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Option(names = "--inbox", required = true, paramLabel = "DIR", description = "Folder of delivered batch folders.")
	private Path inbox;

	@Option(names = "--archive", required = true, paramLabel = "DIR", description = "Where loaded batches are moved.")
	private Path archive;

	@Option(names = "--cron", defaultValue = "0 0 2 * * *",
			description = "Spring cron expression (second minute hour day month weekday), default ${DEFAULT-VALUE}.")
	private String cron;

	@Override
	public Integer call() throws InterruptedException {
		CronTrigger trigger;
		try {
			trigger = new CronTrigger(cron);
		}
		catch (IllegalArgumentException ex) {
			throw new ConfigurationProblem(Messages.text("serve.bad-cron",
					"--cron ''{0}'' is not a cron expression: {1}", cron, ex.getMessage()), ex);
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
		try (Warehouse warehouse = Warehouse.open(root, true)) {
			ConsoleCommand.announce(warehouse, spec.commandLine().getOut());
			ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
			scheduler.setThreadNamePrefix("nightly-");
			// On stop a load that is running finishes its chunk and ends STOPPED (awaited
			// below); the next night's trigger, a task that waits in the queue, is
			// dropped
			// rather than awaited, which would hold the stop until the await below
			// expired.
			scheduler.setWaitForTasksToCompleteOnShutdown(true);
			scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
			scheduler.setAwaitTerminationSeconds(150);
			scheduler.initialize();
			NightlyLoad nightly = warehouse.get(NightlyLoad.class);
			scheduler.schedule(() -> {
				NightlyReport report = nightly.run(inbox, archive);
				// applyRetention logs what it pruned, in English like every log line
				NightlyCommand.applyRetention(warehouse, report, line -> {
				});
				log.info("nightly run ended: {} inbox folders, exit {} ({})", report.lines().size(),
						report.exitCode().code(), report.exitCode());
			}, trigger);
			log.info("serving: nightly load of {} on '{}'", inbox, cron);
			stopped.await();
			// SIGTERM: the running load stops at its next chunk boundary (restartable),
			// then the scheduler ends.
			log.info("serve: stop requested; a running load stops after its current chunk");
			GracefulStop stop = warehouse.get(GracefulStop.class);
			stop.request();
			stop.awaitIdle(Duration.ofMinutes(2));
			scheduler.shutdown();
			log.info("serve: stopped");
			return 0;
		}
	}

}
