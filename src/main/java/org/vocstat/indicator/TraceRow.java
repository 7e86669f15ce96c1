package org.vocstat.indicator;

/**
 * One source row behind a figure: whether it counted toward the numerator or the
 * denominator (or the current or previous period of a change), the measure, where it is
 * (system, file, file SHA-256, line, line SHA-256), its masked key fields, and the unit
 * it counted as (a person, a school, a site …) or the value it added.
 */
public record TraceRow(String role, String period, String measure, String system, String file, String fileSha256,
		long line, String lineSha256, String masked, String counted) {
}
