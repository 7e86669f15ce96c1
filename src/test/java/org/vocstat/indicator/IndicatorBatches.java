package org.vocstat.indicator;

import static org.vocstat.support.BatchFixture.id;

import java.nio.file.Path;
import java.time.LocalDate;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.BatchFixture;

/**
 * Two hand-built 嘉兴 batches (AY2021 and AY2022) small enough that every figure can be
 * worked out by hand; the answers are spelled out next to the rows in the tests that use
 * them.
 *
 * <p>
 * Schools: {@link #A} (sms, 市本级, 公办), {@link #B} (一校两牌: sms {@code 3633000002} and tss
 * {@link #B_TSS}, 民办, 嘉善县), {@link #C} (tss only, 嘉善县) and {@link #D} (sms, 海盐县, 停止招生:
 * counted nowhere).
 */
final class IndicatorBatches {

	static final String REGION = "330400";

	static final String A = "3633000001";

	static final String B = "3633000002";

	static final String B_TSS = "J330421001";

	static final String C = "J330421002";

	static final String D = "3633000004";

	static final String CITY = "city:" + REGION;

	static final String S1 = id("330402", "20070315", "011");

	static final String S2 = id("330402", "20060420", "022");

	static final String S3 = id("330402", "20050101", "033");

	static final String S4 = id("330402", "20070601", "044");

	static final String S5 = id("330402", "20060808", "055");

	/** Registered in sms at B and in tss at B's HRSS name: one person. */
	static final String DUAL = id("330421", "20070909", "061");

	static final String S7 = id("330421", "20061010", "072");

	static final String T2 = id("330421", "20071111", "081");

	static final String T3 = id("330421", "20060202", "092");

	static final String T4 = id("330421", "20070303", "101");

	static final String G1 = id("330402", "20040101", "111");

	static final String G2 = id("330402", "20040202", "122");

	static final String G3 = id("330402", "20040303", "131");

	static final String G4 = id("330402", "20040404", "142");

	static final String GD = id("330421", "20040505", "151");

	static final String GT = id("330421", "20040606", "162");

	static final String GT2 = id("330421", "20040707", "171");

	/** A student added by the corrected AY2022 export. */
	static final String LATE = id("330402", "20070412", "193");

	private static final String SMS_STUDENTS = "学籍号,身份证件类型,身份证件号,姓名,性别,出生日期,民族,学校标识码,专业代码,专业名称,专业目录版本,学制,入学年月,年级,班级,学生类型,学籍状态,状态变动日期";

	private static final String TSS_STUDENTS = "学号,姓名,性别,身份证号,出生年月,院校代码,专业编码,专业名称,培养层次,学制,入学时间,学籍状态,学籍变动时间,班级";

	private static final String SMS_GRADUATES = "学籍号,身份证件号,姓名,学校标识码,专业代码,毕业年月,毕业去向,升学类型,就业产业";

	private static final String TSS_GRADUATES = "学号,身份证号,姓名,院校代码,专业编码,毕业时间,毕业去向,就业产业";

	private static final String TEACHERS = "教师编号,学校代码,学年,姓名,身份证件号,性别,出生年月,教师类型,最高学历,专业技术职务,任教类别,是否双师型,荣誉称号";

	static final String CONDITIONS = "学校代码,学年,占地面积_学校产权(㎡),占地面积_非学校产权独立使用(㎡),建筑面积_学校产权(㎡),建筑面积_非学校产权独立使用(㎡),教学科研仪器设备资产值(万元),纸质图书(册)";

	private static final String EXAMS = "学校代码,年度,单考单招参考人数,本科上线人数,其中中本一体化人数,专科及以上上线人数,中高职一体转段人数,升入全日制高校人数";

	private IndicatorBatches() {
	}

	/**
	 * AY2022, statistics date 2022-10-31. In school: S1, S2, S4, S5 (休学) at A, DUAL and
	 * S7 at B, T2 at C = 7 (A 4, B 2, C 1); S3 graduated, T3 left on 2022-10-15, T4
	 * entered after the statistics date. New entrants: S1, S4, DUAL, T2, T4 = 5. Sites:
	 * A/660102, A/660103, A/610101 (B is a technical school).
	 */
	static BatchFixture ay2022() {
		return schools(new BatchFixture())
			.file("sms/students.csv", SMS_STUDENTS, sms(S1, A, "660102", "2022-09", "在籍", ""),
					sms(S2, A, "660103", "2021-09", "在籍", ""), sms(S3, A, "770101", "2020-09", "毕业", "2022-06-30"),
					sms(S4, A, "610101", "2022-09", "在籍", ""), sms(S5, A, "660102", "2021-09", "休学", "2022-03-01"),
					sms(DUAL, B, "660103", "2022-09", "在籍", ""), sms(S7, B, "730201", "2021-09", "在籍", ""))
			.file("tss/students.csv", TSS_STUDENTS, tss("T2022001", DUAL, B_TSS, "2022-09-01", "在校", ""),
					tss("T2022002", T2, C, "2022-09-01", "在校", ""),
					tss("T2021003", T3, C, "2021-09-01", "退学", "2022-10-15"),
					tss("T2022004", T4, C, "2022-11-01", "在校", ""))
			.file("sms/graduates.csv", SMS_GRADUATES, smsGraduate(G1, A, "就业", "", "第二产业"),
					smsGraduate(G2, A, "自主创业", "", "第三产业"), smsGraduate(G3, A, "升学", "全日制高职", ""),
					smsGraduate(G4, A, "未落实", "", ""), smsGraduate(GD, B, "就业", "", "第一产业"))
			.file("tss/graduates.csv", TSS_GRADUATES, tssGraduate("T2019001", GD, B_TSS, "就业", "一产"),
					tssGraduate("T2019002", GT, C, "参军", ""), tssGraduate("T2019003", GT2, C, "待就业", ""))
			.file("qrp/teachers.csv", TEACHERS,
					teacher("T001", A, 2022, id("330402", "19800101", "013"), "专任教师", "大学本科", "中级", "专业课", "是", ""),
					teacher("T002", A, 2022, id("330402", "19810202", "024"), "专任教师", "硕士研究生", "副高级", "公共基础课", "否", ""),
					teacher("T003", A, 2022, id("330402", "19750303", "035"), "专任教师", "大学专科", "正高级", "实习指导", "是", ""),
					teacher("T004", A, 2022, id("330402", "19850404", "046"), "兼职教师", "大学本科", "中级", "专业课", "是", ""),
					teacher("T005", A, 2022, id("330402", "19700505", "057"), "行业导师", "", "", "", "否", "大国工匠"),
					teacher("T006", A, 2022, id("330402", "19720606", "068"), "行业导师", "", "", "", "否",
							"浙江省劳动模范；全国五一劳动奖章"),
					teacher("T007", A, 2022, id("330402", "19790707", "079"), "行业导师", "", "", "", "否", ""),
					teacher("T101", B, 2022, id("330421", "19830808", "081"), "专任教师", "博士研究生", "未定级", "专业课", "是", ""),
					teacher("T201", C, 2022, id("330421", "19840909", "092"), "专任教师", "大学本科", "初级", "专业课", "否", ""),
					teacher("T202", C, 2022, id("330421", "19860110", "103"), "专任教师", "大学专科", "中级", "公共基础课", "否", ""))
			.file("qrp/conditions.csv", CONDITIONS, A + ",2022,100000,5000,60000,0,5000.50,\"120,000\"",
					B + ",2022,50000,0,30000,1500,1200.25,30001")
			.file("qrp/satisfaction.csv", "学校代码,学年,调查对象,有效样本数,满意数", A + ",2022,毕业生,100,97", B + ",2022,毕业生,50,48",
					A + ",2022,家长,300,289", A + ",2022,教职工,80,80", C + ",2022,用人单位,40,39", A + ",2022,应届毕业生,60,59")
			.file("qrp/followup.csv", "学校代码,学年,毕业三年跟踪人数,三年内获晋升人数", A + ",2022,200,50", B + ",2022,100,33")
			.file("qrp/training.csv", "学校代码,年度,培训项目名称,培训对象,面向行业,学时,人次", A + ",2023,数控技能提升,企业职工,其他,40,120",
					A + ",2023,安全生产短训,企业职工,其他,16,500", A + ",2023,家政服务培训,其他,家政服务业,32,30",
					B + ",2023,退役士兵适应性培训,退役士兵,养老服务业,31.5,77", B + ",2023,养老护理职业农民培训,职业农民,养老服务业,48,26")
			.file("qrp/awards.csv", "学校代码,年度,赛事名称,赛事级别,赛事类别,奖项,获奖人", A + ",2023,省职业能力大赛数控车,省级,学生技术技能类,一等奖,张三",
					A + ",2023,省职业能力大赛电子商务,省级,学生技术技能类,一等奖,李四、王五", A + ",2023,省职业能力大赛中餐烹饪,省级,学生技术技能类,二等奖,赵六",
					A + ",2023,全国职业院校技能大赛焊接,国家级,学生技术技能类,一等奖,钱七", A + ",2023,省教学能力比赛,省级,教师教学能力类,一等奖,孙老师",
					B + ",2023,市技能大赛,市级,学生技术技能类,一等奖,周八", B + ",2023,全国技工院校技能大赛,国家级,学生技术技能类,三等奖,吴九")
			.file("qrp/exams.csv", EXAMS, A + ",2023,100,20,5,95,60,150", B + ",2023,60,7,0,50,10,40")
			.file("qrp/funding.csv", "学校代码,年度,财政专项拨款(万元)", A + ",2023,1234.56", B + ",2023,100.00")
			.file("qrp/region.csv", "区划代码,学年,普通高中招生数,省下达培训任务(人次)", REGION + ",2022,4,150");
	}

	/**
	 * AY2021 (no manifest: region, year and statistics date 2021-10-31 are given to the
	 * loader). In school: S2, S3, S5, S7, T3 = 5; new entrants S2, S5, S7, T3 = 4.
	 */
	static BatchFixture ay2021() {
		return schools(new BatchFixture()).withoutManifest()
			.file("sms/students.csv", SMS_STUDENTS, sms(S2, A, "660103", "2021-09", "在籍", ""),
					sms(S3, A, "770101", "2020-09", "在籍", ""), sms(S5, A, "660102", "2021-09", "在籍", ""),
					sms(S7, B, "730201", "2021-09", "在籍", ""))
			.file("tss/students.csv", TSS_STUDENTS, tss("T2021003", T3, C, "2021-09-01", "在校", ""))
			.file("sms/graduates.csv", SMS_GRADUATES,
					smsGraduate(id("330402", "20030101", "191"), A, "升学", "全日制高职", ""))
			.file("tss/graduates.csv", TSS_GRADUATES,
					tssGraduate("T2018001", id("330421", "20030202", "201"), C, "就业", "二产"))
			.file("qrp/teachers.csv", TEACHERS,
					teacher("T001", A, 2021, id("330402", "19800101", "013"), "专任教师", "大学本科", "中级", "专业课", "是", ""))
			.file("qrp/conditions.csv", CONDITIONS, A + ",2021,100000,0,55000,0,2000.00,100000",
					B + ",2021,40000,0,30000,0,1000.00,20000")
			.file("qrp/satisfaction.csv", "学校代码,学年,调查对象,有效样本数,满意数", A + ",2021,毕业生,100,95")
			.file("qrp/followup.csv", "学校代码,学年,毕业三年跟踪人数,三年内获晋升人数", A + ",2021,100,20")
			.file("qrp/training.csv", "学校代码,年度,培训项目名称,培训对象,面向行业,学时,人次", A + ",2022,数控技能提升,企业职工,其他,40,100")
			.file("qrp/awards.csv", "学校代码,年度,赛事名称,赛事级别,赛事类别,奖项,获奖人", A + ",2022,省职业能力大赛数控车,省级,学生技术技能类,二等奖,张三")
			.file("qrp/exams.csv", EXAMS, A + ",2022,80,15,3,70,50,120", B + ",2022,50,5,0,40,10,30")
			.file("qrp/funding.csv", "学校代码,年度,财政专项拨款(万元)", A + ",2022,1000.00")
			.file("qrp/region.csv", "区划代码,学年,普通高中招生数,省下达培训任务(人次)", REGION + ",2021,6,100");
	}

	/**
	 * Loads the AY2021 batch written to {@code folder}; it has no manifest, so the loader
	 * is told what it is.
	 */
	static LoadOutcome load2021(BatchLoader loader, Path folder) {
		return loader.load(ay2021().writeTo(folder), REGION, 2021, LocalDate.of(2021, 10, 31));
	}

	private static BatchFixture schools(BatchFixture batch) {
		return batch
			.file("sms/schools.csv", "学校标识码,学校名称,所在地行政区划代码,隶属区划代码,举办者类型,学校类型,办学状态,停止招生年份",
					A + ",嘉兴甲中等专业学校,330402,330400,公办,中等专业学校,正常,", B + ",嘉善乙技工学校,330421,330421,民办,技工学校,正常,",
					D + ",海盐丁职业高中,330424,330424,公办,职业高中,停止招生,2021")
			.file("tss/schools.csv", "院校代码,院校名称,院校类别,所在地行政区划代码,隶属区划代码,举办者类型,学校标识码,办学状态",
					B_TSS + ",嘉善乙技师学院,技工学校,330421,330421,民办," + B + ",正常", C + ",嘉善丙高级技工学校,高级技工学校,330421,330421,公办,,正常")
			.file("qrp/schools.csv", "学校代码,学校名称,是否技工院校,称号", A + ",嘉兴甲中等专业学校,否,国家改革发展示范学校；浙江省中职名校",
					B + ",嘉善乙技工学校,是,浙江省一流技师学院培育单位；浙江省高水平中职学校建设单位", C + ",嘉善丙高级技工学校,是,", D + ",海盐丁职业高中,否,国家改革发展示范学校");
	}

	static String sms(String id, String school, String major, String entry, String status, String changed) {
		return "G" + id + ",居民身份证," + id + ",张同学," + gender(id) + "," + birth(id, "-") + ",汉族," + school + "," + major
				+ ",,2021,3," + entry + ",,," + (school.equals(A) ? "普通中专" : "技工学校") + "," + status + "," + changed;
	}

	private static String tss(String number, String id, String school, String entry, String status, String changed) {
		return number + ",李同学," + gender(id) + "," + id + "," + birth(id, "").substring(0, 6) + "," + school
				+ ",0302-4,数控加工,中级工,3," + entry + "," + status + "," + changed + ",数控2201";
	}

	private static String smsGraduate(String id, String school, String destination, String furtherStudy,
			String industry) {
		return "G" + id + "," + id + ",王同学," + school + ",660102,2023-06," + destination + "," + furtherStudy + ","
				+ industry;
	}

	private static String tssGraduate(String number, String id, String school, String destination, String industry) {
		return number + "," + id + ",赵同学," + school + ",0302-4,2023-06-30," + destination + "," + industry;
	}

	private static String teacher(String number, String school, int year, String id, String type, String education,
			String title, String category, String dual, String honours) {
		return number + "," + school + "," + year + ",陈老师," + id + "," + gender(id) + ","
				+ birth(id, "").substring(0, 6) + "," + type + "," + education + "," + title + "," + category + ","
				+ dual + "," + honours;
	}

	private static String gender(String id) {
		return (id.charAt(16) - '0') % 2 == 1 ? "男" : "女";
	}

	private static String birth(String id, String separator) {
		return id.substring(6, 10) + separator + id.substring(10, 12) + separator + id.substring(12, 14);
	}

}
