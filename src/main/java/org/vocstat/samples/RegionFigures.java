package org.vocstat.samples;

import java.util.List;

/**
 * Every total one batch is built to hold: the AY figures (enrolment, graduates, teachers,
 * facilities, surveys, majors) and the CY(AY+1) figures (exams, training, awards,
 * funding).
 *
 * @param enrolment students by track
 * @param destinations graduates by {@link Destination}, in enum order
 * @param teachers teacher totals
 * @param facilities school-condition totals
 * @param surveys survey targets
 * @param exams exam totals of the calendar year
 * @param training training participants of the calendar year
 * @param awards award counts of the calendar year
 * @param fundingCents 财政专项拨款 in units of 0.01 万元
 * @param generalHighSchoolNew 普通高中招生数
 * @param trainingTask 省下达培训任务 (人次)
 * @param majors targets for the majors of non-technical schools
 */
record RegionFigures(Enrolment enrolment, long[] destinations, Teachers teachers, Facilities facilities,
		Surveys surveys, Exams exams, Training training, List<AwardCount> awards, long fundingCents,
		long generalHighSchoolNew, long trainingTask, MajorTargets majors) {

	/**
	 * Students by track: in school, new, graduates, and the tracks that are neither.
	 *
	 * @param inSchool distinct persons in school at the statistics date
	 * @param newEntrants distinct persons entering in the AY
	 * @param graduates distinct graduate persons
	 * @param springIntake new entrants of the spring wave (after the statistics date)
	 * @param newEarlyLeavers new entrants who left on or before the statistics date
	 * @param earlyLeavers continuing students who left on or before the statistics date
	 * @param temporaryIds students with a temporary 999 number
	 * @param permits students with a 港澳台居民居住证
	 * @param passports students with a 护照
	 * @param smsTransfers persons with two sms records (a transfer)
	 * @param tssTransfers persons with two tss records (a transfer)
	 */
	record Enrolment(long inSchool, long newEntrants, long graduates, long springIntake, long newEarlyLeavers,
			long earlyLeavers, long temporaryIds, long permits, long passports, long smsTransfers, long tssTransfers) {
	}

	/**
	 * Teacher totals; the arrays are in the vocabulary order of qrp teachers.csv.
	 *
	 * @param education 专任 by 最高学历: 博士研究生, 硕士研究生, 大学本科, 大学专科, 高中及以下
	 * @param titles 专任 by 专业技术职务: 正高级, 副高级, 中级, 初级, 未定级
	 * @param teaching 专任 by 任教类别: 公共基础课, 专业课, 实习指导
	 * @param dualQualified 专任 who are 双师型 (all among 专业课 and 实习指导)
	 * @param partTime 兼职教师
	 * @param mentors 行业导师
	 * @param honouredMentors 行业导师 honoured as 大国工匠 or 劳动模范
	 * @param legacyIds 专任 with a 15-digit legacy ID (all senior titles)
	 */
	record Teachers(long[] education, long[] titles, long[] teaching, long dualQualified, long partTime, long mentors,
			long honouredMentors, long legacyIds) {

		long fullTime() {
			long sum = 0;
			for (long count : education) {
				sum += count;
			}
			return sum;
		}

	}

	/**
	 * Sums over schools; areas in ㎡ including 非学校产权独立使用.
	 *
	 * @param land 占地面积
	 * @param building 建筑面积
	 * @param equipmentCents 教学科研仪器设备资产值 in 0.01 万元
	 * @param books 纸质图书
	 */
	record Facilities(long land, long building, long equipmentCents, long books) {
	}

	/**
	 * Survey targets in basis points of a percent (9713 = 97.13 %).
	 *
	 * @param satisfaction by 调查对象: 毕业生, 应届毕业生, 教职工, 用人单位, 家长
	 * @param promotion 三年内获晋升 over 毕业三年跟踪
	 */
	record Surveys(int[] satisfaction, int promotion) {
	}

	/**
	 * Exam sums of the calendar year, in the column order of qrp exams.csv.
	 *
	 * @param candidates 单考单招参考人数
	 * @param bachelor 本科上线人数
	 * @param integratedBachelor 其中中本一体化人数
	 * @param admitted 专科及以上上线人数
	 * @param transfer 中高职一体转段人数
	 * @param fullTimeHigherEducation 升入全日制高校人数
	 */
	record Exams(long candidates, long bachelor, long integratedBachelor, long admitted, long transfer,
			long fullTimeHigherEducation) {
	}

	/**
	 * Training participants (人次) of courses of 32 hours or more, by 培训对象 and 面向行业, plus
	 * shorter courses.
	 *
	 * @param cells [培训对象][面向行业] in {@link #TARGETS} and {@link #INDUSTRIES} order
	 * @param shortCourses participants of courses under 32 hours (not counted)
	 */
	record Training(long[][] cells, long shortCourses) {

		static final List<String> TARGETS = List.of("企业职工", "退役士兵", "未继续升学初高中毕业生", "农村转移就业劳动力", "职业农民", "其他");

		static final List<String> INDUSTRIES = List.of("家政服务业", "养老服务业", "其他");

	}

	/**
	 * How many awards of one level, category and prize.
	 *
	 * @param level 赛事级别
	 * @param category 赛事类别
	 * @param prize 奖项
	 * @param count rows
	 */
	record AwardCount(String level, String category, String prize, long count) {
	}

	/**
	 * What the majors of in-school students of non-technical schools add up to.
	 *
	 * @param sitesByIndustry 布点 of 产业 1, 2, 3
	 * @param codes distinct 专业代码
	 * @param classes distinct 专业类
	 * @param categories distinct 专业大类
	 * @param exact whether the numbers must be met exactly (the fixture) or are a guide
	 * (synthetic)
	 */
	record MajorTargets(int[] sitesByIndustry, int codes, int classes, int categories, boolean exact) {

		int sites() {
			return sitesByIndustry[0] + sitesByIndustry[1] + sitesByIndustry[2];
		}

	}

}
