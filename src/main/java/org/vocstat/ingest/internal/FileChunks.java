package org.vocstat.ingest.internal;

import java.util.function.BooleanSupplier;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepInterruptionPolicy;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import org.vocstat.faults.FaultInjection;
import org.vocstat.validation.ValidationContext;

/**
 * The parts of one file's chunk-oriented ingest step: the reader of runs of records, the
 * processor that validates and encodes a run (on the step's task executor, runs of a
 * chunk side by side), the writer that COPYs a chunk, and the listener that finishes the
 * file. They share the execution in hand, which {@link #begin} starts before the step
 * opens its reader.
 */
public final class FileChunks {

	private final String stepName;

	private final RunReader reader;

	private final RunWriter writer;

	private final FileEnd end;

	private final BooleanSupplier stopRequested;

	private final int chunkSize;

	private final int recordsPerTask;

	private volatile OpenFile current;

	/**
	 * @param stopRequested whether the process was asked to stop: the step then ends at
	 * its next chunk boundary, restartable from there
	 */
	public FileChunks(String stepName, StagingStore store, int chunkSize, int recordsPerTask,
			BooleanSupplier stopRequested) {
		this.stepName = stepName;
		this.chunkSize = chunkSize;
		this.recordsPerTask = recordsPerTask;
		this.stopRequested = stopRequested;
		this.reader = new RunReader(() -> current, store, chunkSize, recordsPerTask);
		this.writer = new RunWriter(() -> current, store);
		this.end = new FileEnd(() -> current, store);
	}

	/**
	 * Forgets the previous execution's file, first thing in a new execution: a step that
	 * fails before {@link #begin} must not act on it.
	 */
	public void reset() {
		current = null;
	}

	/** Starts an execution of the step on {@code file}, before its reader opens. */
	public void begin(IngestFile file, ValidationContext context) {
		current = new OpenFile(file, context);
	}

	/**
	 * The step: chunks of {@code chunkSize} records in runs of {@code recordsPerTask},
	 * each in its own transaction, the runs processed side by side on {@code workers}.
	 * {@code listeners} come first, so their {@code afterStep} runs after the file's own
	 * (Spring Batch calls them in reverse order); the fault-injection points are there
	 * only with {@code faults} (null when fault injection is not configured).
	 */
	public Step step(StepBuilder builder, PlatformTransactionManager transactions, AsyncTaskExecutor workers,
			FaultInjection faults, StepListener... listeners) {
		ChunkOrientedStepBuilder<RecordRun, RunEncoder.EncodedRecords> step = builder.<RecordRun, RunEncoder.EncodedRecords>chunk(
				runsPerChunk(chunkSize, recordsPerTask))
			.transactionManager(transactions)
			.reader(reader)
			.processor(run -> current.encoder.encode(run))
			.writer(writer)
			.taskExecutor(workers)
			.interruptionPolicy(boundary(faults));
		for (StepListener listener : listeners) {
			step.listener(listener);
		}
		step.listener((StepListener) end);
		if (faults != null) {
			step.listener((StepListener) new InjectedFaults(faults));
		}
		return step.build();
	}

	/** Items per chunk: enough runs to hold {@code chunkSize} records. */
	static int runsPerChunk(int chunkSize, int recordsPerTask) {
		int runSize = Math.min(chunkSize, recordsPerTask);
		return (chunkSize + runSize - 1) / runSize;
	}

	/**
	 * Checked by Spring Batch before each chunk: an injected fault may fail or halt the
	 * step there ({@code faults}, null when there are none), and once a stop is requested
	 * the step ends STOPPED, restartable from its last committed chunk.
	 */
	private StepInterruptionPolicy boundary(FaultInjection faults) {
		return step -> {
			if (faults != null) {
				faults.beforeChunk(step.getStepName(), (int) step.getCommitCount(), stopRequested);
			}
			if (stopRequested.getAsBoolean()) {
				step.setTerminateOnly();
				throw new JobInterruptedException("stop requested");
			}
		};
	}

	/**
	 * The fault-injection points inside a chunk: {@code <step>@worker} before a run on
	 * its worker thread, with how many runs of the file went before it (a worker's
	 * failure must fail the chunk and nothing else); {@code <step>@finish} before the
	 * chunk that ends the file is written (a failure there must roll the whole last chunk
	 * back). A pause there ends on a stop request too: a paused worker would hold up the
	 * other lane's records.
	 */
	private final class InjectedFaults
			implements ItemProcessListener<RecordRun, Object>, ItemWriteListener<RunEncoder.EncodedRecords> {

		private final FaultInjection faults;

		InjectedFaults(FaultInjection faults) {
			this.faults = faults;
		}

		@Override
		public void beforeProcess(RecordRun run) {
			faults.beforeChunk(stepName + "@worker", run.index(), stopRequested);
		}

		@Override
		public void beforeWrite(Chunk<? extends RunEncoder.EncodedRecords> chunk) {
			if (FileEnd.endsFile(chunk)) {
				faults.beforeChunk(stepName + "@finish", 0, stopRequested);
			}
		}

	}

}
