package org.vocstat.audit;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Completes a step's audit when it ends, whatever its outcome: Spring Batch records the
 * step's run, start, end and status; this adds what it lacks ({@code step_rows}): the
 * file it worked on, rows read, loaded, quarantined, blank and warned about (totals for
 * the file across restarts) and the failure message in one line. The view
 * {@code step_audit} joins the two. Steps report their numbers in their execution context
 * under the keys below.
 */
@Component
public class StepAudit implements StepExecutionListener {

	/** Execution-context keys a step fills for its audit row. */
	public static final String BATCH_ID = "audit.batchId", FILE_ID = "audit.fileId", READ = "rows.read",
			LOADED = "rows.loaded", QUARANTINED = "rows.quarantined", WARNED = "rows.warned", BLANK = "rows.blank";

	private static final Logger log = LoggerFactory.getLogger(StepAudit.class);

	private final JdbcClient jdbc;

	StepAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void beforeStep(StepExecution step) {
		log.atInfo()
			.addKeyValue("event", "step.start")
			.addKeyValue("step", step.getStepName())
			.addKeyValue("run", step.getJobExecutionId())
			.log("step {} started (run {})", step.getStepName(), step.getJobExecutionId());
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		ExecutionContext context = step.getExecutionContext();
		logEnd(step, context);
		String message = step.getFailureExceptions().isEmpty() ? null
				: StepFailure.of(step.getFailureExceptions().get(0)).getMessage();
		jdbc.sql("""
				INSERT INTO step_rows (step_execution_id, batch_id, file_id, rows_read, rows_loaded, rows_quarantined,
				                       rows_warned, rows_blank, message)
				VALUES (:step, :batch, :file, :read, :loaded, :quarantined, :warned, :blank, :message)
				ON CONFLICT (step_execution_id) DO UPDATE SET rows_read = EXCLUDED.rows_read,
				    rows_loaded = EXCLUDED.rows_loaded, rows_quarantined = EXCLUDED.rows_quarantined,
				    rows_warned = EXCLUDED.rows_warned, rows_blank = EXCLUDED.rows_blank, message = EXCLUDED.message""")
			.param("step", step.getId())
			.param("batch", optionalLong(context, BATCH_ID))
			.param("file", optionalLong(context, FILE_ID))
			.param("read", optionalLong(context, READ))
			.param("loaded", optionalLong(context, LOADED))
			.param("quarantined", optionalLong(context, QUARANTINED))
			.param("warned", optionalLong(context, WARNED))
			.param("blank", optionalLong(context, BLANK))
			.param("message", message)
			.update();
		return step.getExitStatus();
	}

	private static void logEnd(StepExecution step, ExecutionContext context) {
		double seconds = step.getStartTime() == null ? 0
				: Duration.between(step.getStartTime(), LocalDateTime.now()).toMillis() / 1000.0;
		(step.getStatus() == BatchStatus.COMPLETED ? log.atInfo() : log.atWarn()).addKeyValue("event", "step.end")
			.addKeyValue("step", step.getStepName())
			.addKeyValue("run", step.getJobExecutionId())
			.addKeyValue("status", step.getStatus().name())
			.addKeyValue("rowsRead", optionalLong(context, READ))
			.addKeyValue("rowsLoaded", optionalLong(context, LOADED))
			.addKeyValue("rowsQuarantined", optionalLong(context, QUARANTINED))
			.addKeyValue("rowsBlank", optionalLong(context, BLANK))
			.addKeyValue("seconds", seconds)
			.log("step {} {} in {}s (read {}, loaded {}, quarantined {}{}){}", step.getStepName(), step.getStatus(),
					String.format("%.1f", seconds), shown(context, READ), shown(context, LOADED),
					shown(context, QUARANTINED), context.containsKey(BLANK) ? ", blank " + shown(context, BLANK) : "",
					step.getFailureExceptions().isEmpty() ? ""
							: ": " + StepFailure.of(step.getFailureExceptions().get(0)).getMessage());
	}

	private static String shown(ExecutionContext context, String key) {
		return context.containsKey(key) ? String.format("%,d", context.getLong(key)) : "-";
	}

	private static Long optionalLong(ExecutionContext context, String key) {
		return context.containsKey(key) ? context.getLong(key) : null;
	}

}
