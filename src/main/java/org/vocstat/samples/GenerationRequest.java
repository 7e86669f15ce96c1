package org.vocstat.samples;

import java.nio.file.Path;

/**
 * What to generate: one export batch for a region and academic year, written under
 * {@code out}.
 *
 * @param region 6-digit 行政区划代码 of the region (330400 = 嘉兴, the published fixture)
 * @param academicYear the 学年 AY (1 Sept AY to 31 Aug AY+1)
 * @param out the batch folder to create (existing files in it are overwritten)
 * @param seed the seed; the same request always gives byte-identical files
 * @param scale the size of the population
 */
public record GenerationRequest(String region, int academicYear, Path out, long seed, Scale scale) {

	/** The 嘉兴 fixture's region code. */
	public static final String JIAXING = "330400";

	/** The whole country's region code, the only one a national-scale batch may have. */
	public static final String NATION = "000000";

	public GenerationRequest {
		if (region == null || !region.matches("\\d{6}")) {
			throw new IllegalArgumentException("region must be a 6-digit 行政区划代码, got " + region);
		}
		if (academicYear < 2000 || academicYear > 2100) {
			throw new IllegalArgumentException("academic year out of range: " + academicYear);
		}
		if (out == null) {
			throw new IllegalArgumentException("out folder is required");
		}
		scale = scale == null ? Scale.CITY : scale;
		if (Scale.NATIONAL.equals(scale) && !NATION.equals(region)) {
			// Its schools lie in every province: a batch filed for one region would
			// refuse
			// those outside it (REGION_OUTSIDE), with their students.
			throw new IllegalArgumentException("--scale national generates the nation's batch: its region is " + NATION
					+ ", not " + region + " (its schools lie across the country)");
		}
	}

	/**
	 * Whether this request asks for the published 嘉兴 fixture rather than a synthetic
	 * region.
	 */
	public boolean isJiaxingFixture() {
		return scale.isCity() && JIAXING.equals(region) && JiaxingFigures.covers(academicYear);
	}

}
