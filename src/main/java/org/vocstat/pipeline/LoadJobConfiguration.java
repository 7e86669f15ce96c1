package org.vocstat.pipeline;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.vocstat.audit.StepAudit;
import org.vocstat.faults.FaultInjection;
import org.vocstat.ingest.BatchInspector;
import org.vocstat.ingest.FileIngestion;
import org.vocstat.ingest.FileKind;

/**
 * The {@code load} job: check the whole batch (manifest, files, headers) and register it, ingest each file in turn
 * (schools first), reconcile the two student registries, compute its indicators, and only then mark the batch
 * loaded (every file in and conserved, every figure there): a batch becomes the region's current one complete. Every step is audited and can be made to fail by configuration
 * ({@link FaultInjection}); every ingest step is restartable from its last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
class LoadJobConfiguration {

	static final String JOB_NAME = "load";

	private final JobRepository jobs;

	private final StepAudit audit;

	private final FaultInjection faults;

	private final PlatformTransactionManager transactions;

	LoadJobConfiguration(JobRepository jobs, StepAudit audit, FaultInjection faults,
			PlatformTransactionManager transactions) {
		this.jobs = jobs;
		this.audit = audit;
		this.faults = faults;
		this.transactions = transactions;
	}

	@Bean
	Job loadJob(Step checkBatch, FileIngestion ingestion, Step reconcile, Step completeBatch, Step indicators,
			GracefulStop stop) {
		SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobs).start(checkBatch);
		for (FileKind kind : FileKind.values()) {
			FileIngestion.FileStep step = ingestion.stepFor(kind);
			// Listeners' afterStep runs in reverse order: the step's own (true committed counts) before the audit's.
			job = job.next(new StepBuilder("ingest." + kind.code(), jobs).tasklet(step, transactions)
				.listener(audit)
				.listener(step)
				.build());
		}
		return job.next(reconcile).next(indicators).next(completeBatch).listener(stop).build();
	}

	@Bean
	Step checkBatch(CheckBatchTasklet check) {
		return step(BatchInspector.STEP_NAME, check);
	}

	@Bean
	Step reconcile(ReconcileTasklet reconcile) {
		return step(ReconcileTasklet.STEP_NAME, reconcile);
	}

	@Bean
	Step completeBatch(CompleteBatchTasklet complete) {
		return step(CompleteBatchTasklet.STEP_NAME, complete);
	}

	@Bean
	Step indicators(IndicatorsTasklet indicators) {
		return step(IndicatorsTasklet.STEP_NAME, indicators);
	}

	/** A one-transaction step, audited, that an injected fault can fail before it does anything. */
	private Step step(String name, Tasklet tasklet) {
		Tasklet faulty = (contribution, context) -> {
			faults.beforeChunk(name, 0);
			return tasklet.execute(contribution, context);
		};
		return new StepBuilder(name, jobs).tasklet(faulty, transactions).listener(audit).build();
	}

}
