package org.vocstat.pipeline;

import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import org.vocstat.delivery.BatchRegistry;
import org.vocstat.indicator.IndicatorCatalog;
import org.vocstat.ingest.FileIngestion;
import org.vocstat.reference.MajorCatalogue;
import org.vocstat.review.ReviewRuleCatalog;

/**
 * {@code vocstat rerun RUN --from STEP}: recomputes a loaded batch from {@code reconcile}
 * or {@code indicators}. The job instance is the batch, the step and the digest of the
 * definitions in force (indicator catalogue, majors, review rules), so rerunning with
 * unchanged definitions says so, and a corrected catalogue recomputes.
 */
@Component
public class Recompute {

	private final JobOperator jobs;

	private final JobRepository repository;

	private final Map<String, Job> byStep;

	private final LoadLock lock;

	private final BatchLoader loader;

	private final BatchRegistry registry;

	private final String definitions;

	private final LoadEvents events;

	Recompute(JobOperator jobs, JobRepository repository, @Qualifier("recomputeFromReconcile") Job fromReconcile,
			@Qualifier("recomputeFromIndicators") Job fromIndicators, LoadLock lock, BatchLoader loader,
			BatchRegistry registry, IndicatorCatalog indicators, MajorCatalogue majors, ReviewRuleCatalog reviewRules,
			LoadEvents events) {
		this.events = events;
		this.jobs = jobs;
		this.repository = repository;
		this.byStep = Map.of(ReconcileTasklet.STEP_NAME, fromReconcile, IndicatorsTasklet.STEP_NAME, fromIndicators);
		this.lock = lock;
		this.loader = loader;
		this.registry = registry;
		this.definitions = indicators.digest().substring(0, 16) + majors.digest().substring(0, 16)
				+ reviewRules.digest().substring(0, 16);
	}

	public LoadOutcome rerun(long run, String fromStep) {
		Job job = byStep.get(fromStep);
		if (job == null) {
			return new LoadOutcome(ExitCode.USAGE, "rerun --from takes " + String.join(" or ", byStep.keySet())
					+ "; ingest steps are rerun by loading the batch again", null, null);
		}
		JobExecution execution = repository.getJobExecution(run);
		String digest = execution == null ? null : execution.getJobParameters().getString(FileIngestion.DIGEST);
		if (digest == null) {
			return new LoadOutcome(ExitCode.USAGE, "there is no load run " + run + " (see vocstat status)", null, null);
		}
		if (!registry.isLoaded(digest)) {
			return new LoadOutcome(ExitCode.USAGE, "the batch of run " + run + " is not completely loaded: restart the "
					+ "load (vocstat restart " + run + ") instead", run, null);
		}
		try {
			return events.recorded("rerun", lock.run("rerun", () -> start(job, digest, fromStep)));
		}
		catch (LoadBusyException ex) {
			return LoadOutcome.busy(ex);
		}
	}

	private LoadOutcome start(Job job, String digest, String fromStep) {
		try {
			JobExecution execution = jobs.start(job,
					new JobParametersBuilder().addString(FileIngestion.DIGEST, digest)
						.addString("from", fromStep)
						.addString("definitions", definitions)
						.toJobParameters());
			LoadOutcome outcome = loader.outcomeOf(execution, digest);
			return execution.getStatus() == BatchStatus.COMPLETED ? new LoadOutcome(ExitCode.SUCCESS,
					"recomputed from " + fromStep, execution.getId(), outcome.batchId()) : outcome;
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return new LoadOutcome(ExitCode.SUCCESS,
					"already recomputed from " + fromStep + " with the definitions in force; nothing to do", null,
					null);
		}
		catch (Exception ex) {
			return new LoadOutcome(ExitCode.FAILED_RESTARTABLE, "cannot recompute: " + ex.getMessage(), null, null);
		}
	}

}
