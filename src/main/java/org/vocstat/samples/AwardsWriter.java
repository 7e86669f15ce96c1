package org.vocstat.samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes qrp/awards.csv: one row per award, every level and category, of which only
 * 学生技术技能类 awards of the right level and prize make the published figures. Winners appear
 * masked or as teams, never by ID.
 */
final class AwardsWriter {

	private static final String[] EVENTS = { "电子商务运营", "网络系统管理", "移动应用开发", "工业机器人技术应用", "数控综合应用技术", "汽车维修", "现代模具制造技术",
			"护理技能", "婴幼儿保育", "中餐烹饪", "会计技能", "服装设计与工艺", "建筑CAD", "化工生产技术", "电气安装与维修", "数字影音后期制作" };

	private final RegionPlan plan;

	private final SplittableRandom random;

	AwardsWriter(RegionPlan plan) {
		this.plan = plan;
		this.random = Seeded.random(plan.seed(), "awards");
	}

	void write(CsvSink sink) throws IOException {
		List<SchoolPlan> schools = plan.operating();
		double[] weights = schools.stream().mapToDouble(SchoolPlan::weight).toArray();
		List<List<String>> rows = new ArrayList<>();
		List<Integer> order = new ArrayList<>();
		Set<List<String>> written = new HashSet<>();
		for (RegionFigures.AwardCount award : plan.figures().awards()) {
			for (long i = 0; i < award.count(); i++) {
				SchoolPlan school = schools.get(Seeded.weighted(random, weights));
				List<String> row;
				// Two identical award rows would read as an exact duplicate and be
				// dropped by the loader.
				do {
					row = List.of(school.qrpCode(), Integer.toString(plan.calendarYear()), event(award), award.level(),
							award.category(), award.prize(), winner(school, award));
				}
				while (!written.add(row));
				rows.add(row);
				order.add(school.index());
			}
		}
		Integer[] index = new Integer[rows.size()];
		for (int i = 0; i < index.length; i++) {
			index[i] = i;
		}
		Arrays.sort(index, Comparator.comparingInt(order::get));
		for (int i : index) {
			sink.row(rows.get(i));
		}
	}

	private String event(RegionFigures.AwardCount award) {
		String year = plan.calendarYear() + "年";
		String province = plan.master().code().startsWith("33") ? "浙江省" : "省";
		String event = EVENTS[random.nextInt(EVENTS.length)];
		switch (award.category()) {
			case "教师教学能力类":
				return "国家级".equals(award.level()) ? year + "全国职业院校技能大赛教学能力比赛" : year + province + "职业院校教师教学能力比赛";
			case "其他":
				return year + province + "中职学校“文明风采”活动";
			default:
				break;
		}
		switch (award.level()) {
			case "国家级":
				return award.prize().endsWith("奖") && !"优胜奖".equals(award.prize()) ? year + "全国职业院校技能大赛（中职组）" + event
						: "中华人民共和国第二届职业技能大赛" + event + "项目";
			case "市级":
				return year + plan.master().name() + "中职学校技能大赛" + event;
			default:
				return year + province + "职业能力大赛（学生技术技能类）" + event;
		}
	}

	private String winner(SchoolPlan school, RegionFigures.AwardCount award) {
		int r = random.nextInt(10);
		if (r < 2) {
			return (school.inSms() ? school.name() : school.tssName()) + "代表队";
		}
		if (r < 4 || "教师教学能力类".equals(award.category())) {
			return ChineseNames.masked(random) + "、" + ChineseNames.masked(random);
		}
		return ChineseNames.masked(random);
	}

}
