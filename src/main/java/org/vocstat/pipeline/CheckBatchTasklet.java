package org.vocstat.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.vocstat.audit.StepAudit;
import org.vocstat.delivery.BatchRefusedException;
import org.vocstat.delivery.BatchRegistry;
import org.vocstat.delivery.ExportBatch;
import org.vocstat.ingest.BatchInspector;
import org.vocstat.ingest.FileIngestion;
import org.vocstat.ingest.FileInspection;

/**
 * First step of a load: inspect the batch (refusing it whole if anything is wrong), make
 * sure the files are the ones the job was started for, and register the batch and its
 * files, in one transaction.
 */
@Component
class CheckBatchTasklet implements Tasklet {

	private final BatchInspector inspector;

	private final BatchRegistry registry;

	CheckBatchTasklet(BatchInspector inspector, BatchRegistry registry) {
		this.inspector = inspector;
		this.registry = registry;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobParameters parameters = contribution.getStepExecution().getJobExecution().getJobParameters();
		String snapshot = parameters.getString(LoadParameters.SNAPSHOT_DATE);
		ExportBatch batch = ExportBatch.at(Path.of(parameters.getString(FileIngestion.FOLDER)),
				parameters.getString(LoadParameters.REGION),
				parameters.getLong(LoadParameters.ACADEMIC_YEAR).intValue(),
				snapshot == null ? null : LocalDate.parse(snapshot));
		List<FileInspection> files = inspector.inspect(batch);
		String digest = parameters.getString(FileIngestion.DIGEST);
		if (!BatchInspector.digest(files).equals(digest)) {
			throw BatchRefusedException.because("refused.changed-after-start", batch.folder());
		}
		long batchId = registry.register(batch, digest,
				contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId());
		for (FileInspection file : files) {
			registry.registerFile(batchId, file.kind().code(), file.path(), file.sha256(), file.bytes(), file.rows(),
					file.encoding(), file.sheet());
		}
		contribution.getStepExecution().getExecutionContext().putLong(StepAudit.BATCH_ID, batchId);
		contribution.getStepExecution()
			.getExecutionContext()
			.putLong(StepAudit.READ, files.stream().mapToLong(FileInspection::rows).sum());
		return RepeatStatus.FINISHED;
	}

}
