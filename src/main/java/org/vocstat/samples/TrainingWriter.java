package org.vocstat.samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes qrp/training.csv: courses of 32 hours or more whose participants add up per 培训对象
 * and 面向行业, plus shorter courses that do not count; a few project names need RFC 4180
 * quoting.
 */
final class TrainingWriter {

	private static final int[] LONG_HOURS = { 32, 32, 40, 48, 64, 80, 96, 120, 160 };

	private static final int[] SHORT_HOURS = { 4, 8, 12, 16, 24, 31 };

	private static final String[][][] PROJECTS = {
			{ { "企业家政服务员技能提升培训" }, { "养老机构护理员岗位培训" },
					{ "企业新型学徒制培训（数控车工）", "电工特种作业取证培训", "企业职工技能等级认定培训（焊工）", "工业机器人操作与运维培训", "化工企业安全生产培训", "电子商务运营技能培训",
							"汽车维修工技能提升培训", "叉车司机技能培训" } },
			{ { "退役军人家政技能培训" }, { "退役军人养老护理培训" }, { "退役军人职业技能培训（汽车驾驶与维修）", "退役士兵适应性培训" } },
			{ { "家政服务员初级培训" }, { "养老护理员初级培训" }, { "未升学青年技能培训（计算机应用）", "未升学青年技能培训（中式烹调）" } },
			{ { "农村转移劳动力家政技能培训" }, { "农村转移劳动力养老护理培训" }, { "农村转移劳动力电工培训", "农村转移劳动力焊工培训" } },
			{ { "农村家政服务培训" }, { "农村养老服务培训" }, { "高素质农民培育（设施农业）", "新型职业农民电商培训" } }, { { "育婴员培训", "家政服务员（母婴护理）培训" },
					{ "养老护理员职业技能培训", "老年照护培训" }, { "社区居民智能手机应用培训", "中式面点师培训", "茶艺师培训", "创业培训（SYB）" } } };

	private static final String[] SPECIAL_NAMES = { "企业新型学徒制培训（数控车工,高级）", "家政服务员培训\n（第二期）", "\"共富工坊\"技能培训" };

	private final RegionPlan plan;

	private final Untidy untidy;

	private final SplittableRandom random;

	TrainingWriter(RegionPlan plan, Untidy untidy) {
		this.plan = plan;
		this.untidy = untidy;
		this.random = Seeded.random(plan.seed(), "training");
	}

	void write(CsvSink sink) throws IOException {
		List<Course> courses = new ArrayList<>();
		RegionFigures.Training training = plan.figures().training();
		int maxRows = 4 * plan.operating().size();
		for (int t = 0; t < training.cells().length; t++) {
			for (int i = 0; i < training.cells()[t].length; i++) {
				long participants = training.cells()[t][i];
				int rows = (int) Math.max(1, Math.min(maxRows, participants / 1800 + 1));
				long[] parts = Apportionment.split(participants, spread(rows));
				for (long part : parts) {
					if (part > 0) {
						courses.add(course(t, i, LONG_HOURS[random.nextInt(LONG_HOURS.length)], part));
					}
				}
			}
		}
		int shortRows = (int) Math.max(1, Math.min(maxRows, training.shortCourses() / 1000 + 1));
		for (long part : Apportionment.split(training.shortCourses(), spread(shortRows))) {
			int industry = Seeded.weighted(random, new double[] { 0.1, 0.05, 0.85 });
			courses.add(course(random.nextInt(6), industry, SHORT_HOURS[random.nextInt(SHORT_HOURS.length)], part));
		}
		nameSpecially(courses);
		courses.sort(Comparator.comparingInt((Course c) -> c.school.index()));
		Set<String> written = new HashSet<>();
		for (int k = 0; k < courses.size(); k++) {
			Course c = courses.get(k);
			String count = k == courses.size() / 2 ? untidy.fullWidthNumber(c.participants, sink.file())
					: untidy.number(c.participants, sink.file(), 0.08);
			List<String> row = List.of(c.school.qrpCode(), Integer.toString(plan.calendarYear()), c.name,
					RegionFigures.Training.TARGETS.get(c.target), RegionFigures.Training.INDUSTRIES.get(c.industry),
					Integer.toString(c.hours), count);
			// An identical course row would read as an exact duplicate and be dropped by
			// the loader.
			for (int period = 2; !written.add(String.join(",", row)); period++) {
				row = new ArrayList<>(row);
				row.set(2, c.name + "（第" + period + "期）");
			}
			sink.row(row);
		}
	}

	private Course course(int target, int industry, int hours, long participants) {
		String[] names = PROJECTS[target][industry];
		double[] weights = plan.operating().stream().mapToDouble(SchoolPlan::weight).toArray();
		SchoolPlan school = plan.operating().get(Seeded.weighted(random, weights));
		return new Course(school, names[random.nextInt(names.length)], target, industry, hours, participants);
	}

	/**
	 * Gives three courses names that must be quoted: one with a comma, one with a line
	 * break, one with quotes.
	 */
	private void nameSpecially(List<Course> courses) {
		int[][] cells = { { 0, 2 }, { 5, 0 }, { 5, 2 } };
		for (int k = 0; k < SPECIAL_NAMES.length; k++) {
			for (Course c : courses) {
				if (c.target == cells[k][0] && c.industry == cells[k][1] && c.hours >= 32 && c.name.indexOf('"') < 0
						&& c.name.indexOf(',') < 0 && c.name.indexOf('\n') < 0) {
					c.name = SPECIAL_NAMES[k];
					untidy.tally().add(IrregularKind.QUOTED_COMMA_OR_LINE_BREAK, ExportFile.QRP_TRAINING);
					break;
				}
			}
		}
	}

	private double[] spread(int rows) {
		double[] weights = new double[rows];
		for (int i = 0; i < rows; i++) {
			weights[i] = 0.3 + 1.4 * random.nextDouble();
		}
		return weights;
	}

	/** One training course as a school files it. */
	private static final class Course {

		final SchoolPlan school;

		String name;

		final int target;

		final int industry;

		final int hours;

		final long participants;

		Course(SchoolPlan school, String name, int target, int industry, int hours, long participants) {
			this.school = school;
			this.name = name;
			this.target = target;
			this.industry = industry;
			this.hours = hours;
			this.participants = participants;
		}

	}

}
