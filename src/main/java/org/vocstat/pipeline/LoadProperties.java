package org.vocstat.pipeline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import org.vocstat.ingest.LoadOrder;

/**
 * How the load job is laid out: the ingest lanes after the school registers
 * ({@link LoadOrder#lanes}). The key sits with the ingest settings, where an operator
 * looks for it.
 *
 * @param lanes files loaded side by side, 1 or 2; 0 for one per core, at most 2
 */
@ConfigurationProperties("vocstat.ingest")
@Validated
record LoadProperties(@DefaultValue("0") @Min(value = 0, message = LANES) @Max(value = 2, message = LANES) int lanes) {

	static final String LANES = "must be 1 or 2 (0: one per core, at most 2)";

}
