package org.vocstat.samples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.vocstat.samples.SchoolPlan.Role;

/**
 * A synthetic school master in the fixture's proportions: one school per ~1,800 students,
 * 7 in 15 technical (3 in 7 of those 一校两牌), 2 in 15 民办, about three schools per county,
 * and a few schools that stopped.
 */
final class SyntheticSchools {

	private static final Map<String, String> NAMES = Map.of("330000", "浙江省", "330100", "杭州市", "330400", "嘉兴市", "000000",
			"全国", "100000", "全国");

	private static final String SYLLABLES = "安平宁阳丰远东西南北新昌华兴临江山城清河泰德永和嘉善湖溪云文明春沙石";

	private static final List<String> GENERAL_SUFFIX = List.of("中等专业学校", "职业高级中学", "职业技术学校", "卫生学校", "商贸学校", "交通学校",
			"建筑工业学校", "信息技术学校", "艺术学校", "农业学校");

	private static final List<String> TSS_CATEGORIES = List.of("技师学院", "高级技工学校", "技工学校");

	private static final List<String> SMS_TYPES = List.of("中等专业学校", "中等专业学校", "职业高中", "职业高中", "成人中专");

	private static final List<String> DESIGNATIONS = List.of("国家改革发展示范学校", "浙江省改革发展示范学校", "浙江省中职名校", "浙江省高水平中职学校建设单位",
			"浙江省中职高水平专业建设单位", "浙江省一流技师学院培育单位");

	private static final int[] DESIGNATION_PER_15 = { 4, 6, 5, 5, 8, 2 };

	private SyntheticSchools() {
	}

	static RegionMaster build(String region, Scale scale, int academicYear, long seed) {
		SplittableRandom random = Seeded.random(seed, "schools");
		// At least two schools per unit of the smallest batch of the region's level, so
		// every level beneath it has schools (and general ones) in two units.
		int fewest = RegionUnits.minimum(RegionUnits.levelOf(region, scale));
		int operating = (int) Math.max(Math.max(4, 2 * fewest), Math.round(scale.inSchoolTarget() / 1800.0));
		int technical = Math.max(2, (int) Math.round(operating * 7 / 15.0));
		int dual = Math.max(1, (int) Math.round(technical * 3 / 7.0));
		int privateCount = (int) Math.round(operating * 2 / 15.0);
		int stopped = Math.max(1, operating / 15);
		List<String> counties = RegionUnits.pick(region, scale, Math.max(fewest, (int) Math.round(operating / 3.0)));
		List<SchoolPlan> schools = new ArrayList<>();
		Set<String> names = new HashSet<>();
		int[] perCounty = new int[counties.size()];
		for (int i = 0; i < operating + stopped; i++) {
			int c = i % counties.size();
			String county = counties.get(c);
			boolean stop = i >= operating;
			Role role = stop ? Role.GENERAL : roleOf(i, operating, technical, dual);
			// 民办 schools are small technical schools here, as in the fixture; stopped
			// schools are 民办 too.
			boolean privateOwned = stop || (role == Role.TECHNICAL_ONLY && privateCount-- > 0);
			String moe = role == Role.TECHNICAL_ONLY ? null
					: "36" + county.substring(0, 2) + String.format("%06d", 1000 + i);
			String tss = role == Role.GENERAL ? null : "J" + county + String.format("%03d", ++perCounty[c]);
			String place = placeName(county);
			String tssCategory = role == Role.GENERAL ? null
					: TSS_CATEGORIES.get(random.nextInt(TSS_CATEGORIES.size()));
			String tssName = role == Role.GENERAL ? null : unique(names, place, tssCategory);
			String name = switch (role) {
				case GENERAL -> unique(names, place, GENERAL_SUFFIX.get(random.nextInt(GENERAL_SUFFIX.size())));
				case DUAL -> unique(names, place, random.nextBoolean() ? "理工学校" : "职业技术学校");
				case TECHNICAL_ONLY -> tssName;
			};
			String smsType = role == Role.GENERAL ? SMS_TYPES.get(random.nextInt(SMS_TYPES.size())) : "技工学校";
			// Sizes spread roughly log-normally; three uniforms keep the draw to
			// SplittableRandom's specified methods.
			double spread = random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5;
			double weight = stop ? 0 : Math.exp(spread * 0.9);
			schools.add(new SchoolPlan(i + 1, role, moe, tss, name, tssName, county, county, privateOwned, smsType,
					tssCategory, stop ? academicYear - 2 : 0, List.of(), weight));
		}
		return new RegionMaster(region, name(region), counties, designate(schools, operating, random));
	}

	/** The region's name: as before for the benchmark's regions, else the reference's. */
	private static String name(String region) {
		String known = NAMES.get(region);
		String named = known != null ? known : RegionUnits.nameOf(region);
		return named != null ? named : "合成区域" + region;
	}

	/**
	 * Spreads the roles evenly over the list so every part of the region has technical
	 * schools.
	 */
	private static Role roleOf(int i, int operating, int technical, int dual) {
		long before = (long) i * technical / operating;
		long after = (long) (i + 1) * technical / operating;
		if (after == before) {
			return Role.GENERAL;
		}
		return before * dual / technical != after * dual / technical ? Role.DUAL : Role.TECHNICAL_ONLY;
	}

	private static List<SchoolPlan> designate(List<SchoolPlan> schools, int operating, SplittableRandom random) {
		List<List<String>> held = new ArrayList<>();
		for (int i = 0; i < schools.size(); i++) {
			held.add(new ArrayList<>());
		}
		for (int d = 0; d < DESIGNATIONS.size(); d++) {
			boolean technician = d == 5;
			List<SchoolPlan> eligible = schools.stream()
				.filter((s) -> s.operating() && (!technician || "技师学院".equals(s.tssCategory())))
				.sorted(Comparator.comparingDouble((SchoolPlan s) -> -s.weight()))
				.toList();
			long count = Math.min(eligible.size(), Math.round(DESIGNATION_PER_15[d] * operating / 15.0));
			for (int k = 0; k < count; k++) {
				held.get(eligible.get(k).index() - 1).add(DESIGNATIONS.get(d));
			}
		}
		List<SchoolPlan> result = new ArrayList<>();
		for (SchoolPlan s : schools) {
			result.add(new SchoolPlan(s.index(), s.role(), s.moeCode(), s.tssCode(), s.name(), s.tssName(), s.county(),
					s.administering(), s.privateOwned(), s.smsType(), s.tssCategory(), s.stoppedSince(),
					List.copyOf(held.get(s.index() - 1)), s.weight()));
		}
		return result;
	}

	private static String placeName(String county) {
		int h = Math.floorMod(county.hashCode() * 31 + 7, SYLLABLES.length() * SYLLABLES.length());
		return "" + SYLLABLES.charAt(h / SYLLABLES.length()) + SYLLABLES.charAt(h % SYLLABLES.length())
				+ (county.endsWith("02") ? "区" : "县");
	}

	private static String unique(Set<String> names, String place, String suffix) {
		String name = place + suffix;
		for (int n = 2; !names.add(name); n++) {
			name = place + "第" + n + suffix;
		}
		return name;
	}

}
