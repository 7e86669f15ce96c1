package org.vocstat.samples;

import java.util.List;

/**
 * One school of the unified master as the generator sees it: its codes in each system,
 * where it stands, who runs it, its designations and its relative size.
 *
 * @param index position in the region (also orders the output)
 * @param role which systems hold the school
 * @param moeCode 学校标识码, or {@code null} for a school only in tss
 * @param tssCode 院校代码, or {@code null} for a school only in sms
 * @param name the MoE name (or the HRSS name for a tss-only school)
 * @param tssName the HRSS name, or {@code null}
 * @param county 所在地行政区划代码
 * @param administering 隶属区划代码
 * @param privateOwned 民办
 * @param smsType sms 学校类型
 * @param tssCategory tss 院校类别, or {@code null}
 * @param stoppedSince 停止招生年份, or {@code 0} for a school in operation
 * @param designations 称号
 * @param weight relative size
 */
record SchoolPlan(int index, Role role, String moeCode, String tssCode, String name, String tssName, String county,
		String administering, boolean privateOwned, String smsType, String tssCategory, int stoppedSince,
		List<String> designations, double weight) {

	/** Which systems hold a school. */
	enum Role {

		/** A non-technical school, in sms only. */
		GENERAL,
		/** 一校两牌: a technical school in tss that also holds a 学校标识码 and sms records. */
		DUAL,
		/** A technical school in tss only. */
		TECHNICAL_ONLY

	}

	boolean operating() {
		return stoppedSince == 0;
	}

	boolean technical() {
		return role != Role.GENERAL;
	}

	boolean inSms() {
		return role != Role.TECHNICAL_ONLY;
	}

	boolean inTss() {
		return role != Role.GENERAL;
	}

	/** 学校代码 in qrp: the 学校标识码 where the school has one, else the 院校代码. */
	String qrpCode() {
		return moeCode != null ? moeCode : tssCode;
	}

	/** sms 学生类型 of the school's students. */
	String smsStudentType() {
		switch (smsType) {
			case "中等专业学校":
				return "普通中专";
			case "成人中专":
				return "成人中专";
			case "技工学校":
				return "技工学校";
			default:
				return "职业高中";
		}
	}

}
