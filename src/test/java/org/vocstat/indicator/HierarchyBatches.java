package org.vocstat.indicator;

import static org.vocstat.support.BatchFixture.id;

import java.nio.file.Path;
import java.time.LocalDate;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.BatchFixture;

/**
 * Hand-built batches of a province (浙江 330000) and of the nation whose persons are
 * planted across counties, cities and provinces, so that who counts where can be worked
 * out by hand.
 *
 * <p>
 * Province schools: {@link #A} 嘉兴市本级 (330400), {@link #B} 南湖区 (330402), {@link #H} 杭州上城区
 * (330102), {@link #T} tss only, 杭州西湖区 (330106), {@link #P} 省属 (330000). The nation adds
 * {@link #N} 南京玄武区 (320102).
 */
final class HierarchyBatches {

	static final String A = "3633000001";

	static final String B = "3633000002";

	static final String H = "3633000011";

	static final String P = "3633000021";

	static final String T = "J330106001";

	static final String N = "3632000001";

	/** Open at A (嘉兴) and at H (杭州): one person in two cities. */
	static final String X = id("330402", "20070315", "011");

	/** Open at A (市本级) and at B (南湖区): two 隶属区划 of one city. */
	static final String Y = id("330402", "20060420", "022");

	/** Open at P only: 省属. */
	static final String Z = id("330102", "20050101", "033");

	/** Open at H in sms and at T in tss: one person, two counties of 杭州. */
	static final String W = id("330106", "20070601", "044");

	/** Open at B only. */
	static final String V = id("330402", "20060808", "055");

	/**
	 * Open at A (浙江) and at N (江苏): one person in two provinces (national batch only).
	 */
	static final String Q = id("320102", "20070909", "061");

	private static final String SMS_SCHOOLS = "学校标识码,学校名称,所在地行政区划代码,隶属区划代码,举办者类型,学校类型,办学状态,停止招生年份";

	private static final String SMS_STUDENTS = "学籍号,身份证件类型,身份证件号,姓名,性别,出生日期,民族,学校标识码,专业代码,专业名称,专业目录版本,学制,入学年月,年级,班级,学生类型,学籍状态,状态变动日期";

	private HierarchyBatches() {
	}

	/**
	 * AY2022, statistics date 2022-10-31. In school: province 5 (X, Y, Z, W, V);
	 * city:330400 3 (X, Y, V), city:330100 2 (X, W), city:330000 省属 1 (Z); county:330400
	 * 市本级 2 (X, Y), county:330402 2 (Y, V), county:330102 2 (X, W), county:330106 1 (W),
	 * county:330000 1 (Z).
	 */
	static BatchFixture province() {
		return new BatchFixture().withoutManifest()
			.file("sms/schools.csv", SMS_SCHOOLS, school(A, "嘉兴甲中等专业学校", "330400"), school(B, "南湖乙职业高中", "330402"),
					school(H, "杭州丙中等专业学校", "330102"), school(P, "浙江省丁职业技术学校", "330000"))
			.file("tss/schools.csv", "院校代码,院校名称,院校类别,所在地行政区划代码,隶属区划代码,举办者类型,学校标识码,办学状态",
					T + ",杭州戊技工学校,技工学校,330106,330106,公办,,正常")
			.file("qrp/schools.csv", "学校代码,学校名称,是否技工院校,称号", A + ",嘉兴甲中等专业学校,否,", B + ",南湖乙职业高中,否,", H + ",杭州丙中等专业学校,否,",
					P + ",浙江省丁职业技术学校,否,", T + ",杭州戊技工学校,是,")
			.file("sms/students.csv", SMS_STUDENTS, sms("G" + X, X, A), sms("J" + X, X, H), sms("G" + Y, Y, A),
					sms("J" + Y, Y, B), sms("G" + Z, Z, P), sms("G" + W, W, H), sms("G" + V, V, B))
			.file("tss/students.csv", "学号,姓名,性别,身份证号,出生年月,院校代码,专业编码,专业名称,培养层次,学制,入学时间,学籍状态,学籍变动时间,班级",
					"T2022001,李同学," + gender(W) + "," + W + "," + W.substring(6, 12) + "," + T
							+ ",0302-4,数控加工,中级工,3,2022-09-01,在校,,数控2201")
			.file("tss/graduates.csv", "学号,身份证号,姓名,院校代码,专业编码,毕业时间,毕业去向,就业产业",
					"T2019001," + id("330106", "20040101", "015") + ",赵六," + T + ",0302-4,2023-06-30,就业,二产")
			.append("qrp/funding.csv", P + ",2023,100.00", H + ",2023,10.00")
			.file("qrp/region.csv", "区划代码,学年,普通高中招生数,省下达培训任务(人次)", "330000,2022,100,1000");
	}

	/**
	 * The nation: the province's schools and persons plus {@link #N} in 江苏, with Q open
	 * at A and at N. In school: national 6; province:330000 6 (the province's 5 and Q),
	 * province:320000 1 (Q).
	 */
	static BatchFixture national() {
		return province().append("sms/schools.csv", school(N, "南京己中等专业学校", "320102"))
			.append("qrp/schools.csv", N + ",南京己中等专业学校,否,")
			.append("sms/students.csv", sms("G" + Q, Q, A), sms("J" + Q, Q, N))
			.file("qrp/region.csv", "区划代码,学年,普通高中招生数,省下达培训任务(人次)", "000000,2022,1000,10000");
	}

	static LoadOutcome load(BatchLoader loader, BatchFixture batch, String region, Path folder) {
		return loader.load(batch.writeTo(folder), region, 2022, LocalDate.of(2022, 10, 31));
	}

	private static String school(String code, String name, String admin) {
		return code + "," + name + "," + admin + "," + admin + ",公办,中等专业学校,正常,";
	}

	private static String sms(String number, String id, String school) {
		return number + ",居民身份证," + id + ",张同学," + gender(id) + "," + id.substring(6, 10) + "-" + id.substring(10, 12)
				+ "-" + id.substring(12, 14) + ",汉族," + school + ",660102,,2021,3,2022-09,,,普通中专,在籍,";
	}

	private static String gender(String id) {
		return (id.charAt(16) - '0') % 2 == 1 ? "男" : "女";
	}

}
