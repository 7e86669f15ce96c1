package org.vocstat.pipeline;

import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import org.vocstat.audit.StepAudit;
import org.vocstat.faults.FaultInjection;
import org.vocstat.ingest.BatchInspector;
import org.vocstat.ingest.FileIngestion;
import org.vocstat.ingest.FileKind;
import org.vocstat.ingest.IngestProperties;
import org.vocstat.ingest.LoadOrder;

/**
 * The {@code load} job: check the whole batch (manifest, files, headers) and register it,
 * ingest its files (the school registers first, then the others in lanes side by side:
 * {@link LoadOrder}), reconcile the two student registries, compute its indicators,
 * evaluate the review rules over them, and only then mark the batch loaded (every file in
 * and conserved, every figure there): a batch becomes the region's current one complete.
 * Every step is audited and can be made to fail by configuration
 * ({@link FaultInjection}); every ingest step is restartable from its last committed
 * chunk, and a restart runs only the steps that did not complete, in either lane.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InboxProperties.class)
class LoadJobConfiguration {

	static final String JOB_NAME = "load";

	static final String LANE_EXECUTOR = "ingestLaneExecutor";

	private final JobRepository jobs;

	private final StepAudit audit;

	/** Null unless fault injection is configured. */
	private final FaultInjection faults;

	private final PlatformTransactionManager transactions;

	private final GracefulStop stop;

	LoadJobConfiguration(JobRepository jobs, StepAudit audit, ObjectProvider<FaultInjection> faults,
			PlatformTransactionManager transactions, GracefulStop stop) {
		this.jobs = jobs;
		this.audit = audit;
		this.faults = faults.getIfAvailable();
		this.transactions = transactions;
		this.stop = stop;
	}

	@Bean
	Job loadJob(Step checkBatch, FileIngestion ingestion, Step reconcile, Step completeBatch, Step indicators,
			Step review, IngestProperties ingest, @Qualifier(LANE_EXECUTOR) TaskExecutor laneExecutor) {
		return new JobBuilder(JOB_NAME, jobs).flow(checkBatch)
			.next(ingest(ingestion, ingest.lanes(), laneExecutor))
			.next(reconcile)
			.next(indicators)
			.next(review)
			.next(completeBatch)
			.end()
			.listener(stop)
			.build();
	}

	/**
	 * The school registers one after another, then the other files in {@code lanes} lanes
	 * side by side.
	 */
	private Flow ingest(FileIngestion ingestion, int lanes, TaskExecutor laneExecutor) {
		FlowBuilder<Flow> ingest = inTurn("ingest", ingestion, LoadOrder.schools());
		// A lane's step that fails ends that lane; the other goes on to its end, and the
		// split fails after it.
		List<Flow> laneFlows = LoadOrder.lanes(lanes)
			.stream()
			.map(lane -> inTurn("ingest.lane." + lane.get(0).code(), ingestion, lane).build())
			.toList();
		if (laneFlows.size() == 1) {
			return ingest.next(laneFlows.get(0)).build();
		}
		// A split of its own: split() on the flow so far would run its last step beside
		// the lanes.
		return ingest
			.next(new FlowBuilder<Flow>("ingest.lanes").split(laneExecutor).add(laneFlows.toArray(Flow[]::new)).build())
			.build();
	}

	/** The files' ingest steps one after another. */
	private FlowBuilder<Flow> inTurn(String name, FileIngestion ingestion, List<FileKind> kinds) {
		FlowBuilder<Flow> flow = new FlowBuilder<>(name);
		flow.start(ingestion.step(kinds.get(0)));
		kinds.stream().skip(1).forEach(kind -> flow.next(ingestion.step(kind)));
		return flow;
	}

	/**
	 * A thread per lane for the split, platform threads (the lanes hold connections and
	 * CPU, not waits). Daemons, as the ingest workers are: a lane stuck past the graceful
	 * stop's patience must not keep the JVM alive. Not a default candidate: it is the
	 * split's alone.
	 */
	@Bean(name = LANE_EXECUTOR, defaultCandidate = false)
	SimpleAsyncTaskExecutor ingestLaneExecutor(IngestProperties properties) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-lane-");
		executor.setVirtualThreads(false);
		executor.setDaemon(true);
		executor.setConcurrencyLimit(LoadOrder.lanes(properties.lanes()).size());
		return executor;
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

	@Bean
	Step review(ReviewTasklet review) {
		return step(ReviewTasklet.STEP_NAME, review);
	}

	/**
	 * A one-transaction step, audited, that an injected fault can fail (or pause, until a
	 * stop is requested) before it does anything. Once a stop is requested it does not
	 * begin: it ends STOPPED, restartable, having done nothing, instead of running a
	 * reconciliation or the indicators past the time the process waits for the job.
	 */
	private Step step(String name, Tasklet tasklet) {
		Tasklet faulty = (contribution, context) -> {
			if (faults != null) {
				faults.beforeChunk(name, 0, stop::requested);
			}
			if (stop.requested()) {
				// Spring Batch sees the flag after this (empty) chunk and stops the step
				// there.
				contribution.getStepExecution().setTerminateOnly();
				return RepeatStatus.FINISHED;
			}
			return tasklet.execute(contribution, context);
		};
		return new StepBuilder(name, jobs).tasklet(faulty, transactions).listener(audit).build();
	}

}
