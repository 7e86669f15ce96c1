package org.vocstat.pipeline;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.vocstat.audit.StepAudit;
import org.vocstat.ingest.BatchInspector;
import org.vocstat.ingest.FileIngestion;
import org.vocstat.ingest.FileKind;

/**
 * The {@code load} job: check the whole batch (manifest, files, headers) and register it, ingest each file in turn
 * (schools first), reconcile the two student registries, mark the batch loaded once every file is in and
 * conserved, and compute its indicators. Every step is audited; every
 * ingest step is restartable from its last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
class LoadJobConfiguration {

	static final String JOB_NAME = "load";

	@Bean
	Job loadJob(JobRepository jobs, Step checkBatch, FileIngestion ingestion, Step reconcile, Step completeBatch,
			Step indicators, StepAudit audit, PlatformTransactionManager transactions) {
		SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobs).start(checkBatch);
		for (FileKind kind : FileKind.values()) {
			job = job.next(ingestStep(kind, jobs, ingestion, audit, transactions));
		}
		return job.next(reconcile).next(completeBatch).next(indicators).build();
	}

	@Bean
	Step indicators(JobRepository jobs, IndicatorsTasklet indicators, StepAudit audit,
			PlatformTransactionManager transactions) {
		return new StepBuilder(IndicatorsTasklet.STEP_NAME, jobs).tasklet(indicators, transactions).listener(audit).build();
	}

	@Bean
	Step reconcile(JobRepository jobs, ReconcileTasklet reconcile, StepAudit audit,
			PlatformTransactionManager transactions) {
		return new StepBuilder(ReconcileTasklet.STEP_NAME, jobs).tasklet(reconcile, transactions).listener(audit).build();
	}

	@Bean
	Step checkBatch(JobRepository jobs, CheckBatchTasklet check, StepAudit audit,
			PlatformTransactionManager transactions) {
		return new StepBuilder(BatchInspector.STEP_NAME, jobs).tasklet(check, transactions).listener(audit).build();
	}

	@Bean
	Step completeBatch(JobRepository jobs, CompleteBatchTasklet complete, StepAudit audit,
			PlatformTransactionManager transactions) {
		return new StepBuilder(CompleteBatchTasklet.STEP_NAME, jobs).tasklet(complete, transactions)
			.listener(audit)
			.build();
	}

	private static Step ingestStep(FileKind kind, JobRepository jobs, FileIngestion ingestion, StepAudit audit,
			PlatformTransactionManager transactions) {
		FileIngestion.FileStep step = ingestion.stepFor(kind);
		return new StepBuilder("ingest." + kind.code(), jobs).tasklet(step, transactions)
			.listener(step)
			.listener(audit)
			.build();
	}

}
