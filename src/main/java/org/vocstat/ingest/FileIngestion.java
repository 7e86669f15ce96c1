package org.vocstat.ingest;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import org.vocstat.audit.StepAudit;
import org.vocstat.database.SqlMemory;
import org.vocstat.database.TableStatistics;
import org.vocstat.delivery.BatchDigest;
import org.vocstat.delivery.BatchPaths;
import org.vocstat.delivery.BatchPeriod;
import org.vocstat.delivery.BatchRefusedException;
import org.vocstat.delivery.BatchRegistry;
import org.vocstat.delivery.RegisteredFile;
import org.vocstat.faults.FaultInjection;
import org.vocstat.ingest.internal.FileChunks;
import org.vocstat.ingest.internal.IngestFile;
import org.vocstat.ingest.internal.StagingStore;
import org.vocstat.person.IdentityHasher;
import org.vocstat.reference.MajorCatalogue;
import org.vocstat.reference.RegionReference;
import org.vocstat.validation.ValidationContext;

/**
 * Makes each file's ingest step: a chunk-oriented step whose item is a run of records,
 * validated and encoded on the ingest task executor, a chunk of them COPYed in one
 * transaction with the reader's position. The step finds its batch through the job's
 * {@code digest} parameter and its file through the batch registry; a restarted step
 * first checks that the file still has the SHA-256 it was registered with.
 */
@Component
public class FileIngestion {

	/** Job parameters every load carries. */
	public static final String DIGEST = "digest", FOLDER = "folder";

	private final BatchRegistry registry;

	private final StagingStore store;

	private final JdbcClient jdbc;

	private final HeaderAliases aliases;

	private final MajorCatalogue majors;

	private final RegionReference regions;

	private final IdentityHasher hasher;

	private final IngestProperties properties;

	private final FaultInjection faults;

	private final StopSignal stop;

	private final JobRepository jobs;

	private final PlatformTransactionManager transactions;

	private final AsyncTaskExecutor workers;

	private final StepAudit audit;

	FileIngestion(BatchRegistry registry, DataSource dataSource, JdbcClient jdbc, HeaderAliases aliases,
			MajorCatalogue majors, RegionReference regions, IdentityHasher hasher,
			ObjectProvider<FaultInjection> faults, StopSignal stop, SqlMemory memory, TableStatistics statistics,
			IngestProperties properties, JobRepository jobs, PlatformTransactionManager transactions,
			@Qualifier(IngestConfiguration.WORKERS) AsyncTaskExecutor workers, StepAudit audit) {
		this.registry = registry;
		this.store = new StagingStore(dataSource, jdbc, memory, statistics);
		this.jdbc = jdbc;
		this.aliases = aliases;
		this.majors = majors;
		this.regions = regions;
		this.hasher = hasher;
		this.properties = properties;
		this.faults = faults.getIfAvailable();
		this.stop = stop;
		this.jobs = jobs;
		this.transactions = transactions;
		this.workers = workers;
		this.audit = audit;
	}

	/** The ingest step of {@code kind}'s file, audited. */
	public Step step(FileKind kind) {
		String name = "ingest." + kind.code();
		FileChunks chunks = new FileChunks(name, store, properties.chunkSize(), properties.recordsPerTask(),
				stop::requested);
		// The audit's afterStep runs last, once the file's own listener dropped a changed
		// file's rows and counts.
		return chunks.step(new StepBuilder(name, jobs), transactions, workers, faults, audit,
				new FileResolver(kind, chunks));
	}

	/**
	 * Finds the step's registered file before the step opens it, and starts the execution
	 * on it.
	 */
	private final class FileResolver implements StepExecutionListener {

		private final FileKind kind;

		private final FileChunks chunks;

		private FileResolver(FileKind kind, FileChunks chunks) {
			this.kind = kind;
			this.chunks = chunks;
		}

		@Override
		public void beforeStep(StepExecution step) {
			chunks.reset();
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
			chunks.begin(new IngestFile(kind, batchId, file.fileId(), path, file.rows(), file.sha256(), aliases,
					file.sheet()), validationContext(batchId));
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
				throw BatchRefusedException.because("refused.changed-since-check", path, file.sha256().substring(0, 12),
						now.substring(0, 12));
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
