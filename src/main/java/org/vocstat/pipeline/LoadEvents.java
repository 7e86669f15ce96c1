package org.vocstat.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import org.vocstat.trail.AuditTrail;

/**
 * Records each load, restart, recovery and rerun that did something in the audit trail,
 * by the OS user running it: a run that found another load busy, or a batch loaded
 * before, changed nothing and leaves no entry.
 */
@Component
class LoadEvents {

	private static final Logger log = LoggerFactory.getLogger(LoadEvents.class);

	private final AuditTrail trail;

	LoadEvents(AuditTrail trail) {
		this.trail = trail;
	}

	LoadOutcome recorded(String action, LoadOutcome outcome) {
		if (outcome.exitCode() == ExitCode.BUSY || outcome.exitCode() == ExitCode.USAGE || outcome.alreadyDone()) {
			return outcome;
		}
		List<String> objects = new ArrayList<>();
		if (outcome.jobExecutionId() != null) {
			objects.add("run:" + outcome.jobExecutionId());
		}
		if (outcome.batchId() != null) {
			objects.add("batch:" + outcome.batchId());
		}
		try {
			trail.append(action, AuditTrail.osUser(), objects, outcome.exitCode() + ": " + outcome.verdict());
		}
		catch (DataAccessException | TransactionException ex) {
			// The database that failed the load cannot take its entry either; the outcome
			// (and the exit code the scheduler reads) still reaches the operator.
			log.error("{} {}: the audit trail could not record it: {}", action, objects, ex.getMessage());
		}
		return outcome;
	}

}
