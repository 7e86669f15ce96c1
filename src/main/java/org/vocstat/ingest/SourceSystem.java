package org.vocstat.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The three national systems a batch holds exports of, with the folder and encoding each
 * exports in.
 */
public enum SourceSystem {

	/**
	 * 全国中等职业学校学生管理信息系统: GBK-family exports, always decoded as GB18030 (a superset of
	 * GBK).
	 */
	SMS("sms", Charset.forName("GB18030")),
	/** 全国技工院校电子注册与统计信息管理系统: UTF-8 with a BOM. */
	TSS("tss", StandardCharsets.UTF_8),
	/** 中国职业教育质量年度报告数据采集平台: UTF-8. */
	QRP("qrp", StandardCharsets.UTF_8);

	private final String folder;

	private final Charset charset;

	SourceSystem(String folder, Charset charset) {
		this.folder = folder;
		this.charset = charset;
	}

	public String folder() {
		return folder;
	}

	public Charset charset() {
		return charset;
	}

}
