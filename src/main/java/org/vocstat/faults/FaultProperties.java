package org.vocstat.faults;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * A configured fault ({@code vocstat.fault.*}): which steps, after how many committed
 * chunks, and whether they fail or pause.
 *
 * @param step the steps, comma-separated (blank: none yet, armed at run time)
 * @param afterChunks committed chunks before the fault fires
 * @param mode {@code fail} or {@code pause}
 */
@ConfigurationProperties("vocstat.fault")
@Validated
public record FaultProperties(@DefaultValue("") String step, @DefaultValue("0") @Min(0) int afterChunks,
		@DefaultValue("fail") @Pattern(regexp = "fail|pause") String mode) {
}
