package org.vocstat.samples;

import java.util.List;

/**
 * A major of the HRSS 技工院校专业目录 as tss records it, with the MoE 专业代码 its students carry
 * when a 一校两牌 school also registers them in sms.
 *
 * @param code 4-digit 专业编码
 * @param name 专业名称
 * @param moeCode the corresponding 6-digit MoE 专业代码
 * @param femaleShare share of girls among its students
 */
record TechnicalMajor(String code, String name, String moeCode, double femaleShare) {

	static final List<TechnicalMajor> ALL = List.of(new TechnicalMajor("0102", "数控加工（数控车工）", "660103", 0.06),
			new TechnicalMajor("0103", "数控机床装配与维修", "660201", 0.05), new TechnicalMajor("0105", "模具制造", "660104", 0.08),
			new TechnicalMajor("0106", "焊接加工", "660105", 0.04), new TechnicalMajor("0108", "机电设备安装与维修", "660201", 0.08),
			new TechnicalMajor("0109", "机电一体化技术", "660301", 0.10),
			new TechnicalMajor("0113", "工业机器人应用与维护", "660303", 0.10),
			new TechnicalMajor("0201", "电气自动化设备安装与维修", "660302", 0.08),
			new TechnicalMajor("0203", "电子技术应用", "710102", 0.18),
			new TechnicalMajor("0208", "楼宇自动控制设备安装与维护", "640402", 0.10),
			new TechnicalMajor("0301", "计算机网络应用", "710202", 0.25),
			new TechnicalMajor("0302", "计算机程序设计", "710207", 0.22),
			new TechnicalMajor("0303", "计算机应用与维修", "710201", 0.30),
			new TechnicalMajor("0305", "计算机动画制作", "710206", 0.40), new TechnicalMajor("0401", "汽车维修", "700206", 0.05),
			new TechnicalMajor("0402", "汽车钣金与涂装", "700207", 0.05),
			new TechnicalMajor("0405", "新能源汽车检测与维修", "700209", 0.06),
			new TechnicalMajor("0601", "化工工艺", "670201", 0.30), new TechnicalMajor("0803", "电子商务", "730701", 0.62),
			new TechnicalMajor("0805", "物流服务与管理", "730801", 0.45), new TechnicalMajor("0808", "会计", "730301", 0.80),
			new TechnicalMajor("0901", "烹饪（中式烹调）", "740201", 0.25), new TechnicalMajor("0905", "酒店管理", "740103", 0.70),
			new TechnicalMajor("0909", "美容美发与造型", "790304", 0.75),
			new TechnicalMajor("1003", "广告设计与制作", "750102", 0.55), new TechnicalMajor("1102", "幼儿教育", "770101", 0.95),
			new TechnicalMajor("1202", "服装设计与制作", "680402", 0.70));

	/**
	 * The 专业编码 as written in tss: the code, a dash and the level digit, or the bare code.
	 */
	String coded(TssLevel level, boolean withLevel) {
		return withLevel ? code + "-" + level.digit : code;
	}

	String shortName() {
		return name.substring(0, 2);
	}

	/**
	 * 培养层次 of a tss programme, from its length, with the national qualification level
	 * digit.
	 */
	enum TssLevel {

		INTERMEDIATE("中级工", 4), ADVANCED("高级工", 3), PRE_TECHNICIAN("预备技师", 2);

		final String label;

		final int digit;

		TssLevel(String label, int digit) {
			this.label = label;
			this.digit = digit;
		}

		static TssLevel forYears(int years) {
			return years >= 6 ? PRE_TECHNICIAN : years >= 5 ? ADVANCED : INTERMEDIATE;
		}

	}

}
