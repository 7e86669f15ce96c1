package org.vocstat.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import org.vocstat.delivery.BatchDigest;
import org.vocstat.delivery.BatchPaths;
import org.vocstat.delivery.BatchRefusedException;
import org.vocstat.delivery.BatchRegistry;
import org.vocstat.delivery.RegisteredFile;
import org.vocstat.ingest.FileIngestion;

/**
 * Restarting and recovering runs by id. A run still marked running while this process
 * holds the load lock has no process left (it was killed): Spring Batch's own recovery
 * marks it failed, and a restart resumes it — completed steps are skipped, the failed
 * step resumes from its last committed chunk, and a file whose SHA-256 changed since the
 * run began refuses the restart.
 */
@Component
public class RunRecovery {

	private static final Logger log = LoggerFactory.getLogger(RunRecovery.class);

	private final JobOperator jobs;

	private final JobRepository repository;

	private final LoadLock lock;

	private final BatchLoader loader;

	private final BatchRegistry registry;

	private final LoadEvents events;

	RunRecovery(JobOperator jobs, JobRepository repository, LoadLock lock, BatchLoader loader, BatchRegistry registry,
			LoadEvents events) {
		this.events = events;
		this.registry = registry;
		this.jobs = jobs;
		this.repository = repository;
		this.lock = lock;
		this.loader = loader;
	}

	/**
	 * Resumes run {@code run} (recovering it first if a crash left it marked running).
	 */
	public LoadOutcome restart(long run) {
		return locked("restart", () -> {
			JobExecution execution = find(run);
			if (execution.getStatus() == BatchStatus.COMPLETED) {
				return new LoadOutcome(ExitCode.SUCCESS, "run " + run + " completed; nothing to restart", run, null);
			}
			if (execution.getStatus() == BatchStatus.ABANDONED) {
				return new LoadOutcome(ExitCode.USAGE, "run " + run + " was abandoned and cannot be restarted", run,
						null);
			}
			String changed = changedInputs(execution);
			if (!changed.isEmpty()) {
				return new LoadOutcome(ExitCode.REFUSED, "run " + run + " cannot be restarted: " + changed
						+ " changed since the run began; load the corrected export as a new batch", run, null);
			}
			execution = recoverIfOrphaned(execution);
			try {
				JobExecution restarted = jobs.restart(execution);
				return loader.outcomeOf(restarted, restarted.getJobParameters().getString(FileIngestion.DIGEST));
			}
			catch (JobRestartException ex) {
				return new LoadOutcome(ExitCode.FAILED_RESTARTABLE,
						"cannot restart run " + run + ": " + ex.getMessage(), run, null);
			}
		});
	}

	/**
	 * Marks run {@code run} failed if a crash left it marked running, without restarting
	 * it.
	 */
	public LoadOutcome recover(long run) {
		return locked("recover", () -> {
			JobExecution execution = find(run);
			if (!execution.isRunning()) {
				return new LoadOutcome(ExitCode.SUCCESS,
						"run " + run + " is " + execution.getStatus() + ", not running; nothing to recover", run, null);
			}
			recoverIfOrphaned(execution);
			return new LoadOutcome(ExitCode.SUCCESS, "run " + run + " had no process left and is now marked FAILED; "
					+ "vocstat restart " + run + " resumes it", run, null);
		});
	}

	private JobExecution recoverIfOrphaned(JobExecution execution) {
		if (execution.getStatus().isRunning() || execution.getStatus() == BatchStatus.STOPPING) {
			// We hold the load lock, so no live process is running this execution: it was
			// killed mid-step.
			log.warn("run {} is marked {} but no process runs it (the process was killed); recovering it",
					execution.getId(), execution.getStatus());
			return jobs.recover(execution);
		}
		return execution;
	}

	/**
	 * The registered files of the run's batch whose SHA-256 is no longer the registered
	 * one.
	 */
	private String changedInputs(JobExecution execution) {
		String digest = execution.getJobParameters().getString(FileIngestion.DIGEST);
		String folder = execution.getJobParameters().getString(FileIngestion.FOLDER);
		if (digest == null || folder == null) {
			return "";
		}
		return registry.findByDigest(digest)
			.map(batch -> registry.files(batch)
				.stream()
				.filter(file -> changed(Path.of(folder), file))
				.map(RegisteredFile::path)
				.collect(Collectors.joining(", ")))
			.orElse("");
	}

	/**
	 * Whether a registered file is gone, differs, or now lies (or leads through a link)
	 * outside its batch folder.
	 */
	private static boolean changed(Path folder, RegisteredFile file) {
		Path path;
		try {
			path = BatchPaths.resolve(folder, file.path());
		}
		catch (BatchRefusedException ex) {
			return true;
		}
		return !Files.isRegularFile(path) || !BatchDigest.sha256(path).equals(file.sha256());
	}

	private JobExecution find(long run) {
		JobExecution execution = repository.getJobExecution(run);
		if (execution == null) {
			throw new IllegalArgumentException("there is no run " + run + " (see vocstat status)");
		}
		return execution;
	}

	private LoadOutcome locked(String what, Supplier<LoadOutcome> work) {
		try {
			return events.recorded(what, lock.run(what, work));
		}
		catch (LoadBusyException ex) {
			return LoadOutcome.busy(ex);
		}
	}

}
