package org.vocstat.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import org.vocstat.audit.StepFailure;
import org.vocstat.delivery.BatchDigest;
import org.vocstat.delivery.BatchRefusedException;
import org.vocstat.delivery.BatchRegistry;
import org.vocstat.delivery.ExportBatch;
import org.vocstat.ingest.BatchInspector;

/**
 * Loads one export batch: identifies it (region, academic year, digest of its files),
 * starts the load job or restarts its failed instance, and says how it ended. A batch
 * loaded before is not loaded again.
 */
@Component
public class BatchLoader {

	private static final Logger log = LoggerFactory.getLogger(BatchLoader.class);

	private final JobOperator jobs;

	private final Job loadJob;

	private final BatchRegistry registry;

	private final LoadLock lock;

	private final JobRepository repository;

	private final LoadEvents events;

	BatchLoader(JobOperator jobs, @Qualifier("loadJob") Job loadJob, BatchRegistry registry, LoadLock lock,
			JobRepository repository, LoadEvents events) {
		this.jobs = jobs;
		this.events = events;
		this.repository = repository;
		this.loadJob = loadJob;
		this.registry = registry;
		this.lock = lock;
	}

	/** Loads one batch, unless another load holds the load lock. */
	public LoadOutcome load(Path folder, String region, Integer academicYear, LocalDate snapshotDate) {
		try {
			return lock.run("load", () -> loadWhileLocked(folder, region, academicYear, snapshotDate));
		}
		catch (LoadBusyException ex) {
			return LoadOutcome.busy(ex);
		}
	}

	/**
	 * Loads one batch and records it in the audit trail; the caller holds the load lock.
	 */
	LoadOutcome loadWhileLocked(Path folder, String region, Integer academicYear, LocalDate snapshotDate) {
		return events.recorded("load", loadUnrecorded(folder, region, academicYear, snapshotDate));
	}

	private LoadOutcome loadUnrecorded(Path folder, String region, Integer academicYear, LocalDate snapshotDate) {
		ExportBatch batch;
		String digest;
		try {
			batch = ExportBatch.at(folder, region, academicYear, snapshotDate);
			digest = BatchDigest.of(folder, BatchInspector.expectedPaths());
		}
		catch (BatchRefusedException ex) {
			return LoadOutcome.refused(ex, null, null);
		}
		log.info("loading batch {} (region {}, AY{}, digest {})", folder, batch.region(), batch.academicYear(),
				digest.substring(0, 12));
		JobExecution execution;
		try {
			execution = jobs.start(loadJob, LoadParameters.of(batch, digest));
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			JobExecution loaded = repository.getLastJobExecution(LoadJobConfiguration.JOB_NAME,
					LoadParameters.of(batch, digest));
			String by = loaded == null ? "" : " by run " + loaded.getId();
			return new LoadOutcome(ExitCode.SUCCESS,
					"already loaded: this batch (digest " + digest.substring(0, 12) + "…) was loaded completely" + by
							+ "; nothing to do" + (loaded == null ? "" : " (vocstat status " + loaded.getId() + ")"),
					null, registry.findByDigest(digest).orElse(null), true)
				.keyed(loaded == null ? "verdict.already-loaded" : "verdict.already-loaded-by", digest.substring(0, 12),
						loaded == null ? "" : String.valueOf(loaded.getId()));
		}
		catch (JobExecutionAlreadyRunningException ex) {
			return recoverAndRestart(LoadParameters.of(batch, digest), digest);
		}
		catch (JobRestartException | InvalidJobParametersException ex) {
			return new LoadOutcome(ExitCode.FAILED_RESTARTABLE, "cannot start the load: " + ex.getMessage(), null,
					null);
		}
		catch (DataAccessException | TransactionException ex) {
			// The database went away under the job repository itself: the run may still
			// be marked running; the next
			// load (or vocstat restart) recovers it.
			return new LoadOutcome(ExitCode.FAILED_RESTARTABLE,
					"the database failed during the load (" + NestedExceptionUtils.getMostSpecificCause(ex).getMessage()
							+ "); when it is back, run the same load again",
					null, null);
		}
		return outcomeOf(execution, digest);
	}

	/**
	 * The batch's last run is marked running, yet this process holds the load lock: that
	 * run's process was killed. Spring Batch's recovery marks it failed, and the load
	 * resumes it.
	 */
	private LoadOutcome recoverAndRestart(JobParameters parameters, String digest) {
		JobExecution orphan = repository.getLastJobExecution(loadJob.getName(), parameters);
		log.warn("run {} of this batch is marked {} but no process runs it (killed); recovering and resuming it",
				orphan.getId(), orphan.getStatus());
		try {
			return outcomeOf(jobs.restart(jobs.recover(orphan)), digest);
		}
		catch (JobRestartException ex) {
			return new LoadOutcome(ExitCode.FAILED_RESTARTABLE,
					"cannot resume run " + orphan.getId() + ": " + ex.getMessage(), orphan.getId(), null);
		}
	}

	/**
	 * How a finished execution of the load job (or of a recompute) ended, for the
	 * operator.
	 */
	LoadOutcome outcomeOf(JobExecution execution, String digest) {
		Long batchId = registry.findByDigest(digest).orElse(null);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return new LoadOutcome(ExitCode.SUCCESS, "loaded", execution.getId(), batchId).keyed("verdict.loaded");
		}
		Throwable refusal = execution.getAllFailureExceptions()
			.stream()
			.map(StepFailure::of)
			.filter(BatchRefusedException.class::isInstance)
			.findFirst()
			.orElse(null);
		if (refusal != null) {
			return LoadOutcome.refused((BatchRefusedException) refusal, execution.getId(), batchId);
		}
		String cause = causeOf(execution);
		return new LoadOutcome(ExitCode.FAILED_RESTARTABLE,
				"run " + execution.getId() + " " + execution.getStatus() + ": " + cause
						+ "\nfix the cause, then run the same load again (or vocstat restart " + execution.getId()
						+ "): it resumes where it stopped",
				execution.getId(), batchId)
			.keyed("verdict.failed", String.valueOf(execution.getId()), execution.getStatus(), cause);
	}

	/**
	 * What ended a run that did not complete, in one line: every failed step with its
	 * cause, else the steps that stopped, in the order they started. With two ingest
	 * lanes both may have failed (a database outage reaches both) or stopped; the job's
	 * own exception says neither which step nor why ("Flow execution ended unexpectedly",
	 * "Job interrupted by step execution"), so it is only the last resort, by its
	 * innermost cause.
	 */
	static String causeOf(JobExecution execution) {
		List<StepExecution> steps = execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparingLong(StepExecution::getId))
			.toList();
		List<String> failed = steps.stream()
			.filter(step -> step.getStatus() == BatchStatus.FAILED)
			.map(BatchLoader::failureOf)
			.toList();
		if (!failed.isEmpty()) {
			return String.join("; ", failed);
		}
		List<String> stopped = steps.stream()
			.filter(step -> step.getStatus() == BatchStatus.STOPPED)
			.map(StepExecution::getStepName)
			.toList();
		if (!stopped.isEmpty()) {
			return "stopped on request in " + String.join(", ", stopped);
		}
		return execution.getAllFailureExceptions()
			.stream()
			.findFirst()
			.map(failure -> oneLine(NestedExceptionUtils.getMostSpecificCause(failure)))
			.orElse("no step failed, and the run left no cause; see the log");
	}

	/**
	 * A failed step and why, e.g. {@code ingest.sms.students: the database failed …}.
	 * Never the step's exit description: Spring Batch puts the stack trace there.
	 */
	private static String failureOf(StepExecution step) {
		String message = step.getFailureExceptions()
			.stream()
			.findFirst()
			.map(StepFailure::of)
			// Spring's data-access wrappers put the statement first; the driver's own
			// message says what went wrong.
			.map(failure -> oneLine(failure instanceof DataAccessException || failure instanceof TransactionException
					? NestedExceptionUtils.getMostSpecificCause(failure) : failure))
			.orElse("failed");
		return message.startsWith(step.getStepName()) ? message : step.getStepName() + ": " + message;
	}

	/**
	 * An exception's message on one line (PostgreSQL's carry their Detail and Where on
	 * lines of their own), or its kind when it has none.
	 */
	private static String oneLine(Throwable failure) {
		String message = failure.getMessage();
		if (message == null || message.isBlank()) {
			return failure.getClass().getSimpleName();
		}
		return String.join(" / ", message.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
	}

}
