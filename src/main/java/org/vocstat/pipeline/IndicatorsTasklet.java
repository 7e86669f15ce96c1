package org.vocstat.pipeline;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.vocstat.audit.StepAudit;
import org.vocstat.delivery.BatchRegistry;
import org.vocstat.indicator.FigureCalculator;
import org.vocstat.warehouse.MajorDimension;

/**
 * The {@code indicators} step: fixes the batch's major dimension and computes every
 * figure of the catalogue for every scope, with changes against the previous year (and
 * refreshes the next year's changes, if it is loaded).
 */
@Component
class IndicatorsTasklet implements Tasklet {

	static final String STEP_NAME = "indicators";

	private final BatchRegistry registry;

	private final MajorDimension majors;

	private final FigureCalculator calculator;

	IndicatorsTasklet(BatchRegistry registry, MajorDimension majors, FigureCalculator calculator) {
		this.registry = registry;
		this.majors = majors;
		this.calculator = calculator;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long batchId = LoadParameters.batchOf(contribution, registry);
		majors.refresh(batchId);
		int figures = calculator.compute(batchId);
		ExecutionContext context = contribution.getStepExecution().getExecutionContext();
		context.putLong(StepAudit.BATCH_ID, batchId);
		context.putLong(StepAudit.LOADED, figures);
		return RepeatStatus.FINISHED;
	}

}
