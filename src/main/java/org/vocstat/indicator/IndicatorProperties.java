package org.vocstat.indicator;

import java.nio.file.Path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The indicators' settings.
 *
 * @param indicatorCatalogue a site's catalogue folder in place of the shipped one
 * @param indicators how the figures are computed
 */
@ConfigurationProperties("vocstat")
@Validated
record IndicatorProperties(Path indicatorCatalogue, @Valid @DefaultValue Computation indicators) {

	/**
	 * @param parallelism facts measured at once, each on a connection of its own; 0 for
	 * one per core
	 */
	record Computation(@DefaultValue("0") @PositiveOrZero(
			message = "must be 0 (one per core) or a number of facts measured at once") int parallelism) {

		/**
		 * Facts measured at once: as configured, or one per core, and never more than the
		 * {@code spare} connections the pool can give.
		 */
		int threads(int spare) {
			return Math.min(parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors(), spare);
		}

	}

}
