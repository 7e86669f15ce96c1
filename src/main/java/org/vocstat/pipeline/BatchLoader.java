package org.vocstat.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;

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
import org.springframework.stereotype.Component;

import org.vocstat.delivery.BatchDigest;
import org.vocstat.delivery.BatchRefusedException;
import org.vocstat.delivery.BatchRegistry;
import org.vocstat.delivery.ExportBatch;
import org.vocstat.ingest.BatchInspector;

/**
 * Loads one export batch: identifies it (region, academic year, digest of its files), starts the load job or
 * restarts its failed instance, and says how it ended. A batch loaded before is not loaded again.
 */
@Component
public class BatchLoader {

	private static final Logger log = LoggerFactory.getLogger(BatchLoader.class);

	private final JobOperator jobs;

	private final Job loadJob;

	private final BatchRegistry registry;

	BatchLoader(JobOperator jobs, Job loadJob, BatchRegistry registry) {
		this.jobs = jobs;
		this.loadJob = loadJob;
		this.registry = registry;
	}

	public LoadOutcome load(Path folder, String region, Integer academicYear, LocalDate snapshotDate) {
		ExportBatch batch;
		try {
			batch = ExportBatch.at(folder, region, academicYear, snapshotDate);
		}
		catch (BatchRefusedException ex) {
			return new LoadOutcome(ExitCode.REFUSED, ex.getMessage(), null, null);
		}
		String digest = BatchDigest.of(folder, BatchInspector.expectedPaths());
		log.info("loading batch {} (region {}, AY{}, digest {})", folder, batch.region(), batch.academicYear(),
				digest.substring(0, 12));
		JobExecution execution;
		try {
			execution = jobs.start(loadJob, LoadParameters.of(batch, digest));
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return new LoadOutcome(ExitCode.SUCCESS, "already loaded: this batch (digest " + digest.substring(0, 12)
					+ "…) was loaded completely before; nothing to do", null, registry.findByDigest(digest).orElse(null));
		}
		catch (JobExecutionAlreadyRunningException ex) {
			return new LoadOutcome(ExitCode.FAILED_RESTARTABLE,
					"a load of this batch is already running; wait for it or recover it", null, null);
		}
		catch (JobRestartException | InvalidJobParametersException ex) {
			return new LoadOutcome(ExitCode.FAILED_RESTARTABLE, "cannot start the load: " + ex.getMessage(), null, null);
		}
		return outcomeOf(execution, digest);
	}

	private LoadOutcome outcomeOf(JobExecution execution, String digest) {
		Long batchId = registry.findByDigest(digest).orElse(null);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return new LoadOutcome(ExitCode.SUCCESS, "loaded", execution.getId(), batchId);
		}
		Throwable refusal = execution.getAllFailureExceptions()
			.stream()
			.filter(BatchRefusedException.class::isInstance)
			.findFirst()
			.orElse(null);
		if (refusal != null) {
			return new LoadOutcome(ExitCode.REFUSED, refusal.getMessage(), execution.getId(), batchId);
		}
		String cause = execution.getAllFailureExceptions()
			.stream()
			.findFirst()
			.map(Throwable::getMessage)
			.orElse(execution.getExitStatus().getExitDescription());
		return new LoadOutcome(ExitCode.FAILED_RESTARTABLE,
				"load failed (" + execution.getStatus() + "): " + cause + "\nfix the cause and run the same load again: it resumes where it stopped",
				execution.getId(), batchId);
	}

}
