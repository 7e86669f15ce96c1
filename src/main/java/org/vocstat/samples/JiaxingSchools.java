package org.vocstat.samples;

import java.util.List;

import org.vocstat.samples.SchoolPlan.Role;

/**
 * The 嘉兴 school master of the fixture: 15 schools in operation (3 市本级, 2 each in 嘉善, 海盐
 * and 桐乡, 3 each in 平湖 and 海宁; 7 technical of which 3 一校两牌; 2 民办) and one that stopped
 * enrolling in 2020.
 */
final class JiaxingSchools {

	private static final String NATIONAL = "国家改革发展示范学校";

	private static final String PROVINCIAL = "浙江省改革发展示范学校";

	private static final String FAMOUS = "浙江省中职名校";

	private static final String HIGH_LEVEL = "浙江省高水平中职学校建设单位";

	private static final String HIGH_LEVEL_MAJOR = "浙江省中职高水平专业建设单位";

	private static final String TECHNICIAN = "浙江省一流技师学院培育单位";

	private JiaxingSchools() {
	}

	static List<SchoolPlan> schools() {
		return List.of(
				general(1, "3633000312", "嘉兴市建筑工业学校", "330402", "330400", "中等专业学校", 3600, PROVINCIAL, FAMOUS,
						HIGH_LEVEL),
				general(2, "3633000356", "嘉兴市交通学校", "330411", "330400", "中等专业学校", 2900, PROVINCIAL, HIGH_LEVEL_MAJOR),
				dual(3, "3633001471", "J330411001", "嘉兴市高级技工学校", "嘉兴技师学院", "330411", "330400", "技师学院", 6200, NATIONAL,
						FAMOUS, TECHNICIAN),
				general(4, "3633002018", "嘉善县中等专业学校", "330421", "330421", "中等专业学校", 3300, NATIONAL, FAMOUS, HIGH_LEVEL),
				general(5, "3633002264", "嘉善信息技术工程学校", "330421", "330421", "中等专业学校", 2700, PROVINCIAL,
						HIGH_LEVEL_MAJOR),
				general(6, "3633003105", "海盐县商贸学校", "330424", "330424", "职业高中", 2600, PROVINCIAL, HIGH_LEVEL_MAJOR),
				dual(7, "3633003367", "J330424001", "海盐县理工学校", "海盐县高级技工学校", "330424", "330424", "高级技工学校", 3100,
						HIGH_LEVEL, HIGH_LEVEL_MAJOR),
				dual(8, "3633004082", "J330483001", "桐乡市职业技术学校", "桐乡技师学院", "330483", "330483", "技师学院", 5200, PROVINCIAL,
						HIGH_LEVEL_MAJOR),
				technical(9, "J330483002", "桐乡市求是技工学校", "330483", true, "技工学校", 1500),
				general(10, "3633004619", "平湖市职业中等专业学校", "330482", "330482", "中等专业学校", 4800, NATIONAL, FAMOUS,
						HIGH_LEVEL),
				technical(11, "J330482001", "浙江省平湖技师学院", "330482", false, "技师学院", 3300, HIGH_LEVEL_MAJOR, TECHNICIAN),
				technical(12, "J330482002", "平湖市乍浦技工学校", "330482", true, "技工学校", 1300),
				general(13, "3633005230", "海宁市职业高级中学", "330481", "330481", "职业高中", 4500, NATIONAL, FAMOUS, HIGH_LEVEL),
				general(14, "3633005547", "海宁卫生学校", "330481", "330481", "中等专业学校", 2000, PROVINCIAL, HIGH_LEVEL_MAJOR),
				technical(15, "J330481001", "海宁技师学院", "330481", false, "技师学院", 3000, HIGH_LEVEL_MAJOR),
				new SchoolPlan(16, Role.GENERAL, "3633006013", null, "嘉兴市华清职业技术学校", null, "330402", "330400", true,
						"职业高中", null, 2020, List.of(), 0));
	}

	private static SchoolPlan general(int index, String moeCode, String name, String county, String administering,
			String type, double weight, String... designations) {
		return new SchoolPlan(index, Role.GENERAL, moeCode, null, name, null, county, administering, false, type, null,
				0, List.of(designations), weight);
	}

	private static SchoolPlan dual(int index, String moeCode, String tssCode, String name, String tssName,
			String county, String administering, String category, double weight, String... designations) {
		return new SchoolPlan(index, Role.DUAL, moeCode, tssCode, name, tssName, county, administering, false, "技工学校",
				category, 0, List.of(designations), weight);
	}

	private static SchoolPlan technical(int index, String tssCode, String name, String county, boolean privateOwned,
			String category, double weight, String... designations) {
		return new SchoolPlan(index, Role.TECHNICAL_ONLY, null, tssCode, name, name, county, county, privateOwned,
				"技工学校", category, 0, List.of(designations), weight);
	}

}
