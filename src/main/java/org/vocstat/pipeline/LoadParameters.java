package org.vocstat.pipeline;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepContribution;

import org.vocstat.delivery.BatchRegistry;
import org.vocstat.delivery.ExportBatch;
import org.vocstat.ingest.FileIngestion;

/**
 * The parameters of a load. Region, academic year and the batch digest identify the job
 * instance (no incrementer: running the same batch again restarts it); the folder and
 * statistics date only describe this execution.
 */
final class LoadParameters {

	static final String REGION = "region", ACADEMIC_YEAR = "academicYear", SNAPSHOT_DATE = "snapshotDate";

	private LoadParameters() {
	}

	/**
	 * The registered batch a running step works on, found through its job's digest
	 * parameter.
	 */
	static long batchOf(StepContribution contribution, BatchRegistry registry) {
		String digest = contribution.getStepExecution()
			.getJobExecution()
			.getJobParameters()
			.getString(FileIngestion.DIGEST);
		return registry.findByDigest(digest)
			.orElseThrow(() -> new IllegalStateException("batch " + digest + " is not registered"));
	}

	static JobParameters of(ExportBatch batch, String digest) {
		return new JobParametersBuilder().addString(REGION, batch.region())
			.addLong(ACADEMIC_YEAR, (long) batch.academicYear())
			.addString(FileIngestion.DIGEST, digest)
			.addString(FileIngestion.FOLDER, batch.folder().toAbsolutePath().normalize().toString(), false)
			.addString(SNAPSHOT_DATE, batch.snapshotDate().toString(), false)
			.toJobParameters();
	}

}
