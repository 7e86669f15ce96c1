package org.vocstat.delivery;

import java.time.LocalDate;

/** The period a registered batch reports: its academic year and statistics date. */
public record BatchPeriod(int academicYear, LocalDate snapshotDate) {
}
