package org.vocstat.samples;

/**
 * A graduate's destination (毕业去向), with the sms and tss vocabularies and the industry of
 * employment.
 */
enum Destination {

	FURTHER_STUDY("升学", "升学", 0), EMPLOYED_PRIMARY("就业", "就业", 1), EMPLOYED_SECONDARY("就业", "就业", 2),
	EMPLOYED_TERTIARY("就业", "就业", 3), SELF_EMPLOYED_PRIMARY("自主创业", "自主创业", 1),
	SELF_EMPLOYED_SECONDARY("自主创业", "自主创业", 2), SELF_EMPLOYED_TERTIARY("自主创业", "自主创业", 3), MILITARY("参军入伍", "参军", 0),
	ABROAD("出国出境", "出国", 0), OTHER_PLACED("其他落实", "其他", 0), UNPLACED("未落实", "待就业", 0);

	private static final String[] SMS_INDUSTRY = { "", "第一产业", "第二产业", "第三产业" };

	private static final String[] TSS_INDUSTRY = { "", "一产", "二产", "三产" };

	final String sms;

	final String tss;

	final int industry;

	Destination(String sms, String tss, int industry) {
		this.sms = sms;
		this.tss = tss;
		this.industry = industry;
	}

	String smsIndustry() {
		return SMS_INDUSTRY[industry];
	}

	String tssIndustry() {
		return TSS_INDUSTRY[industry];
	}

}
