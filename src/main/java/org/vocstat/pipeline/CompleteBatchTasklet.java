package org.vocstat.pipeline;

import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.vocstat.audit.ConservationViolation;
import org.vocstat.audit.StepAudit;
import org.vocstat.delivery.BatchRegistry;
import org.vocstat.indicator.FigureCalculator;
import org.vocstat.review.ReviewEvaluator;

/**
 * Last step of a load: every registered file must have a completed, conserved ingest
 * (read = loaded + quarantined + blank, and read less blank = registered rows); only then
 * is the batch marked loaded, becoming the region's current batch for its year, and the
 * next year's changes and review findings are taken against it.
 */
@Component
class CompleteBatchTasklet implements Tasklet {

	static final String STEP_NAME = "complete-batch";

	private final BatchRegistry registry;

	private final JdbcClient jdbc;

	private final FigureCalculator figures;

	private final ReviewEvaluator review;

	CompleteBatchTasklet(BatchRegistry registry, JdbcClient jdbc, FigureCalculator figures, ReviewEvaluator review) {
		this.review = review;
		this.registry = registry;
		this.jdbc = jdbc;
		this.figures = figures;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long batchId = LoadParameters.batchOf(contribution, registry);
		List<String> unconserved = jdbc.sql("""
				SELECT f.path FROM source_file f
				WHERE f.batch_id = :batch AND NOT EXISTS (
				    SELECT 1 FROM step_audit a
				    WHERE a.file_id = f.file_id AND a.status = 'COMPLETED'
				      AND a.rows_read - coalesce(a.rows_blank, 0) = f.rows
				      AND a.rows_read = a.rows_loaded + a.rows_quarantined + coalesce(a.rows_blank, 0))
				ORDER BY f.file_id""").param("batch", batchId).query(String.class).list();
		if (!unconserved.isEmpty()) {
			throw new ConservationViolation(
					"batch " + batchId + ": no completed, conserved ingest for " + String.join(", ", unconserved));
		}
		registry.markLoaded(batchId);
		// Now current: the next year's changes are taken against this batch, in the same
		// transaction.
		figures.refreshNextYear(batchId);
		review.refreshNextYear(batchId);
		contribution.getStepExecution().getExecutionContext().putLong(StepAudit.BATCH_ID, batchId);
		return RepeatStatus.FINISHED;
	}

}
