package org.vocstat.pipeline;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.vocstat.audit.StepAudit;
import org.vocstat.delivery.BatchRegistry;
import org.vocstat.review.ReviewEvaluator;

/**
 * The {@code review} step: evaluates the review rules (数据审核) over the figures the
 * indicators step stored, replacing the batch's findings.
 */
@Component
class ReviewTasklet implements Tasklet {

	static final String STEP_NAME = "review";

	private final BatchRegistry registry;

	private final ReviewEvaluator review;

	ReviewTasklet(BatchRegistry registry, ReviewEvaluator review) {
		this.registry = registry;
		this.review = review;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long batchId = LoadParameters.batchOf(contribution, registry);
		int findings = review.evaluate(batchId);
		ExecutionContext context = contribution.getStepExecution().getExecutionContext();
		context.putLong(StepAudit.BATCH_ID, batchId);
		context.putLong(StepAudit.LOADED, findings);
		return RepeatStatus.FINISHED;
	}

}
