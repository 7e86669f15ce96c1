package org.vocstat.pipeline;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.vocstat.audit.StepAudit;
import org.vocstat.delivery.BatchRegistry;
import org.vocstat.reconciliation.LedgerConservation;
import org.vocstat.reconciliation.Reconciliation;

/**
 * The {@code reconcile} step: derives the batch's school master and person ledger from
 * its staged rows.
 */
@Component
class ReconcileTasklet implements Tasklet {

	static final String STEP_NAME = "reconcile";

	private final BatchRegistry registry;

	private final Reconciliation reconciliation;

	ReconcileTasklet(BatchRegistry registry, Reconciliation reconciliation) {
		this.registry = registry;
		this.reconciliation = reconciliation;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long batchId = LoadParameters.batchOf(contribution, registry);
		// The sides as the conservation check counted them: counting staging again costs
		// a scan per table.
		var sides = reconciliation.reconcile(batchId);
		ExecutionContext context = contribution.getStepExecution().getExecutionContext();
		context.putLong(StepAudit.BATCH_ID, batchId);
		context.putLong(StepAudit.READ, sides.stream().mapToLong(LedgerConservation.LedgerSide::staged).sum());
		context.putLong(StepAudit.LOADED, sides.stream().mapToLong(LedgerConservation.LedgerSide::ledger).sum());
		context.putLong(StepAudit.QUARANTINED, 0);
		return RepeatStatus.FINISHED;
	}

}
