package org.vocstat.samples;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes qrp/teachers.csv school by school: 专任教师 whose education, titles, subjects and
 * 双师型 flags add up exactly to the totals, then 兼职教师 and 行业导师 (some honoured as 大国工匠 or
 * 劳动模范).
 */
final class TeacherWriter {

	private static final String[] EDUCATION = { "博士研究生", "硕士研究生", "大学本科", "大学专科", "高中及以下" };

	private static final String[] TITLES = { "正高级", "副高级", "中级", "初级", "未定级" };

	private static final String[] TEACHING = { "公共基础课", "专业课", "实习指导" };

	private static final int[][] BIRTH_YEARS_BY_TITLE = { { 1963, 1976 }, { 1966, 1988 }, { 1972, 1993 },
			{ 1985, 1999 }, { 1990, 2000 } };

	private static final String[] MENTOR_HONOURS = { "大国工匠", "全国劳动模范", "省级劳动模范", "全国劳动模范;大国工匠" };

	private static final String[] OTHER_HONOURS = { "", "浙江工匠", "嘉兴市技能大师", "全国技术能手", "浙江青年工匠" };

	private final RegionPlan plan;

	private final DefectiveSink sink;

	private final Untidy untidy;

	private final IdentityAllocator ids = new IdentityAllocator(LocalDate.of(1955, 1, 1), LocalDate.of(2002, 12, 31));

	private final BirthPlaces places;

	private final SplittableRandom random;

	private final QuotaDraw<String> education;

	private final QuotaDraw<String> titles;

	private final QuotaDraw<String> teaching;

	private final QuotaDraw<Boolean> dual;

	private final QuotaDraw<Boolean> legacy;

	private final QuotaDraw<Boolean> honoured;

	TeacherWriter(RegionPlan plan, DefectiveSink sink, Untidy untidy) {
		this.plan = plan;
		this.sink = sink;
		this.untidy = untidy;
		// Teachers' birth places come from a few dozen counties, which keeps the ID
		// allocator small at any scale.
		List<String> counties = plan.master().counties();
		this.places = new BirthPlaces(counties.subList(0, Math.min(40, counties.size())));
		this.random = Seeded.random(plan.seed(), "teachers");
		RegionFigures.Teachers t = plan.figures().teachers();
		this.education = new QuotaDraw<>(t.education(), EDUCATION);
		this.titles = new QuotaDraw<>(t.titles(), TITLES);
		this.teaching = new QuotaDraw<>(t.teaching(), TEACHING);
		long specialty = t.teaching()[1] + t.teaching()[2];
		this.dual = new QuotaDraw<>(new long[] { t.dualQualified(), specialty - t.dualQualified() }, true, false);
		long senior = t.titles()[0] + t.titles()[1];
		this.legacy = new QuotaDraw<>(new long[] { t.legacyIds(), senior - t.legacyIds() }, true, false);
		this.honoured = new QuotaDraw<>(new long[] { t.honouredMentors(), t.mentors() - t.honouredMentors() }, true,
				false);
	}

	void write() throws IOException {
		for (SchoolPlan school : plan.operating()) {
			SchoolQuota quota = plan.quota(school);
			sink.spare(() -> spare(school));
			int serial = 0;
			for (long i = 0; i < quota.fullTime(); i++) {
				sink.population(fullTime(school, ++serial));
			}
			for (long i = 0; i < quota.partTime(); i++) {
				sink.population(other(school, ++serial, "兼职教师"));
			}
			for (long i = 0; i < quota.mentors(); i++) {
				sink.population(other(school, ++serial, "行业导师"));
			}
		}
	}

	private List<String> fullTime(SchoolPlan school, int serial) {
		String title = titles.next(random);
		int titleIndex = List.of(TITLES).indexOf(title);
		String subject = teaching.next(random);
		boolean specialty = !"公共基础课".equals(subject);
		boolean isDual = specialty && dual.next(random);
		boolean isLegacy = titleIndex <= 1 && legacy.next(random);
		Identity id = identity(school, BIRTH_YEARS_BY_TITLE[titleIndex]);
		// A few full-time teachers are model workers too: not 行业导师, so they are not
		// counted as such.
		String honour = untidy.chance(0.003) ? "省级劳动模范" : untidy.chance(0.012) ? "全国优秀教师" : "";
		return row(school, serial, id, isLegacy, "专任教师", education.next(random), title, subject, isDual, honour, false);
	}

	private List<String> other(SchoolPlan school, int serial, String type) {
		boolean mentor = "行业导师".equals(type);
		String honour = mentor ? (honoured.next(random) ? pick(MENTOR_HONOURS, new double[] { 0.15, 0.2, 0.6, 0.05 })
				: pick(OTHER_HONOURS, new double[] { 0.55, 0.15, 0.1, 0.1, 0.1 })) : "";
		String educationLevel = mentor ? pick(EDUCATION, new double[] { 0, 0.02, 0.4, 0.4, 0.18 })
				: pick(EDUCATION, new double[] { 0, 0.1, 0.6, 0.25, 0.05 });
		String title = pick(TITLES, new double[] { 0.02, 0.15, 0.3, 0.13, 0.4 });
		String subject = mentor ? (random.nextInt(10) < 7 ? "实习指导" : "专业课")
				: pick(TEACHING, new double[] { 0.3, 0.5, 0.2 });
		Identity id = identity(school, new int[] { 1965, 1995 });
		return row(school, serial, id, false, type, educationLevel, title, subject, false, honour, false);
	}

	/** A full-time teacher who is in no figure: the body of a deliberately bad row. */
	private List<String> spare(SchoolPlan school) {
		Identity id = identity(school, new int[] { 1975, 1995 });
		return row(school, 9000 + random.nextInt(1000), id, false, "专任教师", "大学本科", "中级", "专业课", true, "", true);
	}

	private List<String> row(SchoolPlan school, int serial, Identity id, boolean legacyId, String type,
			String educationLevel, String title, String subject, boolean isDual, String honour, boolean clean) {
		ExportFile file = ExportFile.QRP_TEACHERS;
		String number;
		if (legacyId) {
			untidy.tally().add(IrregularKind.LEGACY_15_DIGIT_ID, file);
			number = id.number().substring(0, 6) + id.number().substring(8, 17);
		}
		else {
			number = clean ? id.number() : untidy.id(id.number(), file, 0.05, 0.002);
		}
		String month = id.birth().toString().substring(0, 7);
		if (!clean && untidy.chance(0.03)) {
			untidy.tally().add(IrregularKind.ALTERNATIVE_DATE_FORMAT, file);
			month = month.replace("-", "");
		}
		List<String> row = new ArrayList<>(13);
		row.add(school.qrpCode() + String.format("%04d", serial));
		row.add(school.qrpCode());
		row.add(Integer.toString(plan.academicYear()));
		row.add(ChineseNames.next(random, id.male()));
		row.add(number);
		row.add(id.gender());
		row.add(month);
		row.add(type);
		row.add(educationLevel);
		row.add(title);
		row.add(subject);
		row.add(isDual ? "是" : "否");
		row.add(honour);
		return row;
	}

	private Identity identity(SchoolPlan school, int[] years) {
		int year = years[0] + random.nextInt(years[1] - years[0] + 1);
		LocalDate birth = LocalDate.ofYearDay(year, 1 + random.nextInt(365));
		List<String> counties = places.areas();
		String home = counties.contains(school.county()) ? school.county()
				: counties.get(Math.floorMod(school.county().hashCode(), counties.size()));
		return ids.allocate(places.pick(random, home), birth, random.nextInt(100) < 48);
	}

	private String pick(String[] values, double[] weights) {
		return values[Seeded.weighted(random, weights)];
	}

}
