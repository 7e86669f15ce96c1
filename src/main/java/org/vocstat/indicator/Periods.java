package org.vocstat.indicator;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.vocstat.delivery.BatchPeriod;
import org.vocstat.delivery.BatchRegistry;
import org.vocstat.delivery.Reason;

/**
 * Which batch speaks for a region and period: {@code AY2022} and {@code CY2023} both come
 * from the current (latest completely loaded) batch of academic year 2022.
 */
@Component
public class Periods {

	private final JdbcClient jdbc;

	private final BatchRegistry registry;

	Periods(JdbcClient jdbc, BatchRegistry registry) {
		this.jdbc = jdbc;
		this.registry = registry;
	}

	/**
	 * The academic year whose batch carries {@code period} ({@code AY2022} → 2022,
	 * {@code CY2023} → 2022).
	 */
	public static int academicYearOf(String period) {
		if (!period.matches("(AY|CY)\\d{4}")) {
			throw new Reason.BadArgumentException("period.malformed", period);
		}
		int year = Integer.parseInt(period.substring(2));
		return period.startsWith("AY") ? year : year - 1;
	}

	/**
	 * The period label an indicator of {@code periodKind} has in a batch of
	 * {@code academicYear}.
	 */
	static String label(String periodKind, int academicYear) {
		return periodKind.equals("AY") ? "AY" + academicYear : "CY" + (academicYear + 1);
	}

	/** The current batch of a region for an academic year. */
	public Optional<Long> currentBatch(String region, int academicYear) {
		return jdbc.sql("SELECT batch_id FROM current_batch WHERE region = :region AND academic_year = :year")
			.param("region", region)
			.param("year", academicYear)
			.query(Long.class)
			.optional();
	}

	/**
	 * The current batch of a region for the academic year of {@code period}, or a refusal
	 * that lists what is loaded, so the operator sees which region and period to give.
	 */
	public long currentBatchOrExplain(String region, String period) {
		return currentBatch(region, academicYearOf(period)).orElseThrow(() -> {
			List<String> loaded = jdbc.sql("""
					SELECT region || ' AY' || academic_year || '/CY' || (academic_year + 1)
					FROM current_batch ORDER BY region, academic_year""").query(String.class).list();
			return new Reason.BadArgumentException("period.not-loaded", region, period,
					loaded.isEmpty() ? Reason.of("period.nothing-loaded") : String.join(", ", loaded));
		});
	}

	/** Region and academic year of a batch. */
	BatchKey keyOf(long batchId) {
		BatchPeriod period = registry.period(batchId);
		return new BatchKey(period.region(), period.academicYear());
	}

	/** A batch's region and academic year. */
	record BatchKey(String region, int academicYear) {
	}

}
