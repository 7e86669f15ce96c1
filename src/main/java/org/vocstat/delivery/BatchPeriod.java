package org.vocstat.delivery;

import java.time.LocalDate;

/** What a registered batch reports: its region, academic year and statistics date. */
public record BatchPeriod(String region, int academicYear, LocalDate snapshotDate) {
}
