package org.vocstat.ingest.internal;

import java.util.function.BooleanSupplier;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.step.StepInterruptionPolicy;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;

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

	private volatile OpenFile current;

	/**
	 * @param stopRequested whether the process was asked to stop: the step then ends at
	 * its next chunk boundary, restartable from there
	 */
	public FileChunks(String stepName, StagingStore store, int chunkSize, int recordsPerTask,
			BooleanSupplier stopRequested) {
		this.stepName = stepName;
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
	 * Items per chunk: enough runs to hold {@code chunkSize} records.
	 */
	public static int runsPerChunk(int chunkSize, int recordsPerTask) {
		int runSize = Math.min(chunkSize, recordsPerTask);
		return (chunkSize + runSize - 1) / runSize;
	}

	public ItemStreamReader<?> reader() {
		return reader;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	public ItemProcessor processor() {
		return (ItemProcessor<RecordRun, RunEncoder.EncodedRecords>) run -> current.encoder.encode(run);
	}

	@SuppressWarnings("rawtypes")
	public ItemWriter writer() {
		return writer;
	}

	/** Finishes the file in its last chunk's transaction; discards a changed one. */
	public StepListener end() {
		return end;
	}

	/**
	 * Checked by Spring Batch before each chunk: an injected fault may fail or halt the
	 * step there ({@code faults}, null when there are none), and once a stop is requested
	 * the step ends STOPPED, restartable from its last committed chunk.
	 */
	public StepInterruptionPolicy boundary(FaultInjection faults) {
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
	public StepListener faults(FaultInjection faults) {
		return new InjectedFaults(faults);
	}

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
