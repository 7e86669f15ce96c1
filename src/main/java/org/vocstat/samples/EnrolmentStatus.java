package org.vocstat.samples;

/**
 * 学籍状态 with its sms and tss words; the leaving ones close a record from their change date
 * on.
 */
enum EnrolmentStatus {

	ENROLLED("在籍", "在校"), SUSPENDED("休学", "休学"), TRANSFERRED("转出", "转学"), WITHDRAWN("退学", "退学"), GRADUATED("毕业", "毕业"),
	COMPLETED("结业", "结业"), CANCELLED("注销", "退学");

	final String sms;

	final String tss;

	EnrolmentStatus(String sms, String tss) {
		this.sms = sms;
		this.tss = tss;
	}

}
