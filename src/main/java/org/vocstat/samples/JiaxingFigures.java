package org.vocstat.samples;

import java.util.List;

import org.vocstat.samples.RegionFigures.AwardCount;
import org.vocstat.samples.RegionFigures.Enrolment;
import org.vocstat.samples.RegionFigures.Exams;
import org.vocstat.samples.RegionFigures.Facilities;
import org.vocstat.samples.RegionFigures.MajorTargets;
import org.vocstat.samples.RegionFigures.Surveys;
import org.vocstat.samples.RegionFigures.Teachers;
import org.vocstat.samples.RegionFigures.Training;

/**
 * The 嘉兴 fixture's totals. AY2022 (with CY2023) reproduces the base figures of the
 * published 2023 quality report exactly; AY2021 (with CY2022) holds the few 2021 figures
 * the report gives and plausible values for the rest.
 */
final class JiaxingFigures {

	private JiaxingFigures() {
	}

	static boolean covers(int academicYear) {
		return academicYear == 2021 || academicYear == 2022;
	}

	static RegionFigures forYear(int academicYear) {
		return academicYear == 2021 ? year2021() : year2022();
	}

	private static RegionFigures year2022() {
		// Destinations: 升学 11,528; 就业+自主创业 3,899 by 产业 56/990/2,853 of which 自主创业 248
		// (1.57 %);
		// placed 15,719, so 未落实 71 and 参军/出国/其他 292.
		long[] destinations = { 11_528, 44, 950, 2_657, 12, 40, 196, 96, 21, 175, 71 };
		Teachers teachers = new Teachers(new long[] { 4, 431, 2_916, 37, 2 }, new long[] { 31, 1_155, 1_362, 598, 244 },
				new long[] { 1_339, 1_806, 245 }, 1_844, 428, 265, 26, 7);
		long[][] cells = { { 3_120, 1_210, 68_455 }, { 0, 0, 1_445 }, { 210, 0, 1_074 }, { 120, 0, 153 }, { 0, 0, 945 },
				{ 6_430, 2_471, 45_631 } };
		List<AwardCount> awards = List.of(award("省级", "学生技术技能类", "一等奖", 7), award("省级", "学生技术技能类", "二等奖", 20),
				award("省级", "学生技术技能类", "三等奖", 34), award("国家级", "学生技术技能类", "一等奖", 5), award("国家级", "学生技术技能类", "二等奖", 5),
				award("国家级", "学生技术技能类", "银牌", 2), award("国家级", "学生技术技能类", "优胜奖", 3), award("市级", "学生技术技能类", "一等奖", 41),
				award("市级", "学生技术技能类", "二等奖", 66), award("市级", "学生技术技能类", "三等奖", 88), award("省级", "教师教学能力类", "一等奖", 3),
				award("省级", "教师教学能力类", "二等奖", 6), award("省级", "教师教学能力类", "三等奖", 9), award("国家级", "教师教学能力类", "二等奖", 1),
				award("省级", "其他", "一等奖", 4));
		return new RegionFigures(new Enrolment(51_486, 15_595, 15_790, 118, 96, 183, 7, 3, 2, 9, 4), destinations,
				teachers, new Facilities(2_258_100, 1_344_200, 7_795_660, 1_866_853),
				new Surveys(new int[] { 9713, 9714, 9644, 9834, 9617 }, 2626),
				new Exams(4_626, 663, 113, 4_589, 3_093, 8_851), new Training(cells, 21_870), awards, 7_995_485, 19_597,
				78_110, new MajorTargets(new int[] { 5, 70, 103 }, 84, 45, 16, true));
	}

	private static RegionFigures year2021() {
		long[] destinations = { 10_902, 67, 1_131, 2_839, 4, 37, 190, 88, 17, 59, 78 };
		Teachers teachers = new Teachers(new long[] { 3, 402, 2_893, 51, 3 }, new long[] { 27, 1_121, 1_351, 611, 242 },
				new long[] { 1_340, 1_779, 233 }, 1_768, 405, 241, 22, 7);
		long[][] cells = { { 2_860, 1_050, 63_200 }, { 0, 0, 1_310 }, { 180, 0, 990 }, { 95, 0, 160 }, { 0, 0, 1_020 },
				{ 5_720, 2_110, 41_880 } };
		List<AwardCount> awards = List.of(award("省级", "学生技术技能类", "一等奖", 6), award("省级", "学生技术技能类", "二等奖", 18),
				award("省级", "学生技术技能类", "三等奖", 31), award("国家级", "学生技术技能类", "一等奖", 3), award("国家级", "学生技术技能类", "二等奖", 4),
				award("市级", "学生技术技能类", "一等奖", 38), award("市级", "学生技术技能类", "二等奖", 60), award("市级", "学生技术技能类", "三等奖", 80),
				award("省级", "教师教学能力类", "一等奖", 2), award("省级", "教师教学能力类", "二等奖", 5), award("省级", "教师教学能力类", "三等奖", 8),
				award("省级", "其他", "一等奖", 3));
		// Equipment and books are chosen so that the per-student values round to the
		// published 13,919.61 元 and
		// 33.42 册 over 52,266 students.
		return new RegionFigures(new Enrolment(52_266, 16_630, 15_412, 125, 105, 171, 6, 2, 2, 8, 4), destinations,
				teachers, new Facilities(2_078_000, 1_247_900, 7_275_223, 1_746_730),
				new Surveys(new int[] { 9685, 9692, 9587, 9796, 9564 }, 2548),
				new Exams(4_410, 523, 88, 4_331, 2_967, 8_402), new Training(cells, 19_400), awards, 7_431_260, 17_383,
				75_400, new MajorTargets(new int[] { 5, 69, 102 }, 83, 45, 16, true));
	}

	private static AwardCount award(String level, String category, String prize, long count) {
		return new AwardCount(level, category, prize, count);
	}

}
