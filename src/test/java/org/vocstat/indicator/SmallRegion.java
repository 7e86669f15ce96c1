package org.vocstat.indicator;

import java.nio.file.Path;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.support.BatchFixture;
import org.vocstat.pipeline.LoadOutcome;

/**
 * The small hand-built region of the indicator tests ({@link IndicatorBatches}) for tests
 * of other modules: its AY2021 and AY2022 batches, and corrections of AY2022 that add one
 * or two students the schools forgot.
 */
public final class SmallRegion {

	public static final String REGION = IndicatorBatches.REGION;

	public static final String CITY = IndicatorBatches.CITY;

	/** School A, whose conditions row a test may alter. */
	public static final String SCHOOL_A = IndicatorBatches.A;

	private SmallRegion() {
	}

	public static LoadOutcome load2021(BatchLoader loader, Path folder) {
		return IndicatorBatches.load2021(loader, folder);
	}

	public static LoadOutcome load2022(BatchLoader loader, Path folder) {
		return loader.load(IndicatorBatches.ay2022().writeTo(folder), null, null, null);
	}

	/**
	 * A corrected AY2022 export: {@code forgotten} more students in school at A (1 or 2).
	 */
	public static LoadOutcome loadCorrected2022(BatchLoader loader, Path folder, int forgotten) {
		var batch = IndicatorBatches.ay2022()
			.append("sms/students.csv",
					IndicatorBatches.sms(IndicatorBatches.LATE, IndicatorBatches.A, "660102", "2022-09", "在籍", ""));
		if (forgotten > 1) {
			batch = batch.append("sms/students.csv", IndicatorBatches.sms(BatchFixture.id("330402", "20070513", "204"),
					IndicatorBatches.A, "660103", "2022-09", "在籍", ""));
		}
		return loader.load(batch.writeTo(folder), null, null, null);
	}

}
