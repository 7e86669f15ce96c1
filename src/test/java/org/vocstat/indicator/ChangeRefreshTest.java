package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocstat.indicator.IndicatorBatches.A;
import static org.vocstat.indicator.IndicatorBatches.B;
import static org.vocstat.indicator.IndicatorBatches.CITY;
import static org.vocstat.indicator.IndicatorBatches.REGION;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.faults.FaultInjection;
import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * A year's changes follow the previous year's current batch: they appear when the
 * previous year is loaded after the current one, and are recomputed when a corrected
 * previous-year export replaces it.
 */
@PostgresTest
class ChangeRefreshTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	FaultInjection faults;

	@Autowired
	FigureStore store;

	@Autowired
	Tracer tracer;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	private long ay2022;

	@BeforeEach
	void loadCurrentYearFirst() {
		Warehouses.truncateAll(jdbc);
		ay2022 = succeeded(loader.load(IndicatorBatches.ay2022().writeTo(folder.resolve("2022")), null, null, null));
	}

	@Test
	void currentYearHasNoChangesWithoutAPreviousYear() {
		assertThat(change("facilities.land_area_change")).isEmpty();
	}

	@Test
	void previousYearLoadedLaterGivesTheCurrentYearItsChanges() {
		long ay2021 = succeeded(IndicatorBatches.load2021(loader, folder.resolve("2021")));

		assertThat(change("facilities.land_area_change")).get().satisfies(f -> {
			assertThat(f.value()).isEqualByComparingTo("1.50");
			assertThat(f.previousBatchId()).isEqualTo(ay2021);
		});
		assertThat(change("facilities.equipment_value_per_student_growth")).get()
			.satisfies(f -> assertThat(f.value()).isEqualByComparingTo("47.64"));
		assertThat(tracer.trace("facilities.land_area_change", Scope.parse(CITY), "AY2022", REGION).unchanged())
			.isTrue();
	}

	@Test
	void correctedPreviousYearReplacesTheBaseOfTheCurrentYearsChanges() {
		succeeded(IndicatorBatches.load2021(loader, folder.resolve("2021")));
		// A's 2021 land was 110000 ㎡, not 100000: 2021 total 150000, so the 2022 change
		// is 15.50 − 15.00
		long corrected = succeeded(loader.load(IndicatorBatches.ay2021()
			.file("qrp/conditions.csv", IndicatorBatches.CONDITIONS, A + ",2021,110000,0,55000,0,2000.00,100000",
					B + ",2021,40000,0,30000,0,1000.00,20000")
			.writeTo(folder.resolve("2021-corrected")), REGION, 2021, LocalDate.of(2021, 10, 31)));

		assertThat(change("facilities.land_area_change")).get().satisfies(f -> {
			assertThat(f.value()).isEqualByComparingTo("0.50");
			assertThat(f.previousBatchId()).isEqualTo(corrected);
		});
		assertThat(tracer.trace("facilities.land_area_change", Scope.parse(CITY), "AY2022", REGION).unchanged())
			.isTrue();
	}

	@Test
	void aCorrectionOfThePreviousYearThatFailsToCompleteLeavesTheCurrentYearsChangesAlone() {
		long ay2021 = succeeded(IndicatorBatches.load2021(loader, folder.resolve("2021")));
		faults.arm("complete-batch", 0);
		try {
			LoadOutcome failed = loader.load(IndicatorBatches.ay2021()
				.file("qrp/conditions.csv", IndicatorBatches.CONDITIONS, A + ",2021,110000,0,55000,0,2000.00,100000",
						B + ",2021,40000,0,30000,0,1000.00,20000")
				.writeTo(folder.resolve("2021-corrected")), REGION, 2021, LocalDate.of(2021, 10, 31));
			assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED_RESTARTABLE);
		}
		finally {
			faults.arm(null, 0);
		}

		assertThat(change("facilities.land_area_change")).get().satisfies(f -> {
			assertThat(f.value()).isEqualByComparingTo("1.50");
			assertThat(f.previousBatchId()).isEqualTo(ay2021);
		});
	}

	private Optional<Figure> change(String indicator) {
		return store.find(ay2022, indicator, CITY, "AY2022");
	}

	private static long succeeded(LoadOutcome outcome) {
		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		return outcome.batchId();
	}

}
