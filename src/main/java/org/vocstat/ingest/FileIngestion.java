package org.vocstat.ingest;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.vocstat.database.SqlMemory;
import org.vocstat.database.TableStatistics;
import org.vocstat.delivery.BatchDigest;
import org.vocstat.delivery.BatchPaths;
import org.vocstat.delivery.BatchPeriod;
import org.vocstat.delivery.BatchRefusedException;
import org.vocstat.delivery.BatchRegistry;
import org.vocstat.delivery.RegisteredFile;
import org.vocstat.faults.FaultInjection;
import org.vocstat.ingest.internal.FileIngestTasklet;
import org.vocstat.ingest.internal.IngestFile;
import org.vocstat.ingest.internal.IngestWorkers;
import org.vocstat.ingest.internal.StagingStore;
import org.vocstat.person.IdentityHasher;
import org.vocstat.reference.MajorCatalogue;
import org.vocstat.reference.RegionReference;
import org.vocstat.validation.ValidationContext;

/**
 * Makes the tasklet of each file's ingest step. The step finds its batch through the
 * job's {@code digest} parameter and its file through the batch registry; a restarted
 * step first checks that the file still has the SHA-256 it was registered with.
 */
@Component
public class FileIngestion implements DisposableBean {

	/** Job parameters every load carries. */
	public static final String DIGEST = "digest", FOLDER = "folder";

	private final BatchRegistry registry;

	private final StagingStore store;

	private final JdbcClient jdbc;

	private final HeaderAliases aliases;

	private final MajorCatalogue majors;

	private final RegionReference regions;

	private final IdentityHasher hasher;

	private final int chunkSize;

	private final FaultInjection faults;

	private final BooleanSupplier stopRequested;

	private final IngestWorkers workers;

	/**
	 * @param stopRequested whether the process was asked to stop (SIGTERM): a step then
	 * ends at its next chunk boundary, restartable from there
	 */
	FileIngestion(BatchRegistry registry, DataSource dataSource, JdbcClient jdbc, HeaderAliases aliases,
			MajorCatalogue majors, RegionReference regions, IdentityHasher hasher, FaultInjection faults,
			StopSignal stopRequested, SqlMemory memory, TableStatistics statistics,
			@Value("${vocstat.ingest.chunk-size:20000}") int chunkSize,
			@Value("${vocstat.ingest.workers:0}") int workers,
			@Value("${vocstat.ingest.records-per-task:1000}") int recordsPerTask) {
		// 0: one worker per core. The step's thread and PostgreSQL's COPY take their
		// share of the cores too, but the
		// workers do most of the work per row, and fewer of them leave a core idle while
		// COPY waits.
		this.workers = new IngestWorkers(workers > 0 ? workers : Runtime.getRuntime().availableProcessors(),
				recordsPerTask);
		this.registry = registry;
		this.store = new StagingStore(dataSource, jdbc, memory, statistics);
		this.jdbc = jdbc;
		this.aliases = aliases;
		this.majors = majors;
		this.regions = regions;
		this.hasher = hasher;
		this.chunkSize = chunkSize;
		this.faults = faults;
		this.stopRequested = stopRequested::requested;
	}

	@Override
	public void destroy() {
		workers.close();
	}

	/**
	 * The step tasklet for {@code kind}; it is also the step's listener, which must be
	 * registered with it.
	 */
	public FileStep stepFor(FileKind kind) {
		return new FileStep(kind);
	}

	/**
	 * One file's ingest step: prepares a fresh {@link FileIngestTasklet} for every step
	 * execution.
	 */
	public final class FileStep implements Tasklet, StepExecutionListener {

		private final FileKind kind;

		private FileIngestTasklet current;

		private int chunks;

		private FileStep(FileKind kind) {
			this.kind = kind;
		}

		@Override
		public void beforeStep(StepExecution step) {
			String digest = step.getJobExecution().getJobParameters().getString(DIGEST);
			Path folder = Path.of(step.getJobExecution().getJobParameters().getString(FOLDER));
			long batchId = registry.findByDigest(digest)
				.orElseThrow(() -> new IllegalStateException("batch " + digest + " is not registered"));
			RegisteredFile file = registry.file(batchId, kind.code())
				.orElseThrow(() -> new IllegalStateException(kind.path() + " is not registered for batch " + batchId));
			Path path = BatchPaths.resolve(folder, file.path());
			if (!checkedInThisExecution(step)) {
				requireUnchanged(path, file);
			}
			chunks = 0;
			IngestFile ingested = new IngestFile(kind, batchId, file.fileId(), path, file.rows(), file.sha256(),
					aliases, file.sheet());
			current = new FileIngestTasklet(kind, ingested, validationContext(batchId), store, chunkSize, workers,
					// A pause there ends on SIGTERM too: a paused worker would also hold
					// up the other lane's records.
					() -> faults.beforeChunk(step.getStepName() + "@finish", 0, stopRequested),
					run -> faults.beforeChunk(step.getStepName() + "@worker", run, stopRequested));
		}

		@Override
		public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
			faults.beforeChunk(contribution.getStepExecution().getStepName(), chunks++, stopRequested);
			if (stopRequested.getAsBoolean()) {
				// Spring Batch checks this flag before the next chunk and stops the step
				// there: STOPPED, restartable.
				contribution.getStepExecution().setTerminateOnly();
				return RepeatStatus.CONTINUABLE;
			}
			return current.execute(contribution, chunkContext);
		}

		@Override
		public ExitStatus afterStep(StepExecution step) {
			if (current != null) {
				current.closeReader();
				if (current.fileChanged()) {
					current.discardFile();
				}
				if (step.getStatus() != BatchStatus.COMPLETED) {
					current.recordCommittedCounts(step.getExecutionContext());
				}
				current = null;
			}
			return step.getExitStatus();
		}

		private boolean checkedInThisExecution(StepExecution step) {
			return step.getJobExecution()
				.getStepExecutions()
				.stream()
				.anyMatch(s -> s.getStepName().equals(BatchInspector.STEP_NAME));
		}

		private void requireUnchanged(Path path, RegisteredFile file) {
			String now = BatchDigest.sha256(path);
			if (!now.equals(file.sha256())) {
				throw new BatchRefusedException(path + " changed since the batch was checked (SHA-256 "
						+ file.sha256().substring(0, 12) + "… then, " + now.substring(0, 12)
						+ "… now): load the corrected export as a new batch");
			}
		}

		private ValidationContext validationContext(long batchId) {
			BatchPeriod period = registry.period(batchId);
			Set<String> schools = kind.schoolLookupSql() == null ? Set.of() : new HashSet<>(
					jdbc.sql(kind.schoolLookupSql()).param("batch", batchId).query(String.class).list());
			return new ValidationContext(period.region(), period.academicYear(), period.snapshotDate(), hasher, schools,
					majors.codes(), regions.codes());
		}

	}

}
