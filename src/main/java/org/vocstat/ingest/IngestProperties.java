package org.vocstat.ingest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How ingest reads, validates and commits export files ({@code vocstat.ingest.*}).
 *
 * @param chunkSize records committed together: a restart resumes after the last committed
 * chunk
 * @param workers threads that decode, validate and encode records (0: one per core)
 * @param recordsPerTask records a worker takes at a time: enough to make the hand-over
 * negligible
 * @param lanes files loaded side by side after the school registers (0: one per core, at
 * most {@link LoadOrder#MAX_LANES}; checked by {@link LoadOrder#lanes(int)}, which names
 * the allowed values)
 * @param maxWorkbookMb the largest workbook file a batch may hold, in MiB: a guard beside
 * POI's zip-bomb limits
 */
@ConfigurationProperties("vocstat.ingest")
@Validated
public record IngestProperties(@DefaultValue("20000") @Min(1) @Max(10_000_000) int chunkSize,
		@DefaultValue("0") @Min(0) @Max(256) int workers,
		@DefaultValue("1000") @Min(1) @Max(1_000_000) int recordsPerTask,
		@DefaultValue("0") @Min(value = 0, message = LANES) @Max(value = 2, message = LANES) int lanes,
		@DefaultValue("512") @Min(1) long maxWorkbookMb) {

	/** What a lane count must be, in the one line a bad value gets. */
	static final String LANES = "must be 1 or 2 (0: one per core, at most 2)";

	/** Worker threads: as configured, or one per core. */
	public int workerThreads() {
		// The step's thread and PostgreSQL's COPY take their share of the cores too, but
		// the workers do most of the work per row, and fewer of them leave a core idle
		// while COPY waits.
		return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
	}

}
