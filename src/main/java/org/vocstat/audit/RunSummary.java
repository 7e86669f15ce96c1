package org.vocstat.audit;

import java.time.LocalDateTime;

/** One execution of a job (a run) as the operator sees it. */
public record RunSummary(long run, String job, Long batchId, String region, Integer academicYear, String status,
		LocalDateTime started, LocalDateTime ended, String exitMessage) {
}
