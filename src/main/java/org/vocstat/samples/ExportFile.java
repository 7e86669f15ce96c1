package org.vocstat.samples;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sixteen files of an export batch, each with its path, header and the encoding of
 * its source system.
 */
enum ExportFile {

	SMS_SCHOOLS(Encoding.SMS, "sms/schools.csv", "学校标识码", "学校名称", "所在地行政区划代码", "隶属区划代码", "举办者类型", "学校类型", "办学状态",
			"停止招生年份"),
	SMS_STUDENTS(Encoding.SMS, "sms/students.csv", "学籍号", "身份证件类型", "身份证件号", "姓名", "性别", "出生日期", "民族", "学校标识码", "专业代码",
			"专业名称", "专业目录版本", "学制", "入学年月", "年级", "班级", "学生类型", "学籍状态", "状态变动日期"),
	SMS_GRADUATES(Encoding.SMS, "sms/graduates.csv", "学籍号", "身份证件号", "姓名", "学校标识码", "专业代码", "毕业年月", "毕业去向", "升学类型",
			"就业产业"),
	TSS_SCHOOLS(Encoding.TSS, "tss/schools.csv", "院校代码", "院校名称", "院校类别", "所在地行政区划代码", "隶属区划代码", "举办者类型", "学校标识码",
			"办学状态"),
	TSS_STUDENTS(Encoding.TSS, "tss/students.csv", "学号", "姓名", "性别", "身份证号", "出生年月", "院校代码", "专业编码", "专业名称", "培养层次",
			"学制", "入学时间", "学籍状态", "学籍变动时间", "班级"),
	TSS_GRADUATES(Encoding.TSS, "tss/graduates.csv", "学号", "身份证号", "姓名", "院校代码", "专业编码", "毕业时间", "毕业去向", "就业产业"),
	QRP_SCHOOLS(Encoding.QRP, "qrp/schools.csv", "学校代码", "学校名称", "是否技工院校", "称号"),
	QRP_CONDITIONS(Encoding.QRP, "qrp/conditions.csv", "学校代码", "学年", "占地面积_学校产权(㎡)", "占地面积_非学校产权独立使用(㎡)",
			"建筑面积_学校产权(㎡)", "建筑面积_非学校产权独立使用(㎡)", "教学科研仪器设备资产值(万元)", "纸质图书(册)"),
	QRP_TEACHERS(Encoding.QRP, "qrp/teachers.csv", "教师编号", "学校代码", "学年", "姓名", "身份证件号", "性别", "出生年月", "教师类型", "最高学历",
			"专业技术职务", "任教类别", "是否双师型", "荣誉称号"),
	QRP_SATISFACTION(Encoding.QRP, "qrp/satisfaction.csv", "学校代码", "学年", "调查对象", "有效样本数", "满意数"),
	QRP_FOLLOWUP(Encoding.QRP, "qrp/followup.csv", "学校代码", "学年", "毕业三年跟踪人数", "三年内获晋升人数"),
	QRP_TRAINING(Encoding.QRP, "qrp/training.csv", "学校代码", "年度", "培训项目名称", "培训对象", "面向行业", "学时", "人次"),
	QRP_AWARDS(Encoding.QRP, "qrp/awards.csv", "学校代码", "年度", "赛事名称", "赛事级别", "赛事类别", "奖项", "获奖人"),
	QRP_EXAMS(Encoding.QRP, "qrp/exams.csv", "学校代码", "年度", "单考单招参考人数", "本科上线人数", "其中中本一体化人数", "专科及以上上线人数", "中高职一体转段人数",
			"升入全日制高校人数"),
	QRP_FUNDING(Encoding.QRP, "qrp/funding.csv", "学校代码", "年度", "财政专项拨款(万元)"),
	QRP_REGION(Encoding.QRP, "qrp/region.csv", "区划代码", "学年", "普通高中招生数", "省下达培训任务(人次)");

	/**
	 * How a source system encodes its files: charset, line ending and whether a BOM
	 * leads.
	 */
	enum Encoding {

		SMS(Charset.forName("GB18030"), "\r\n", false), TSS(StandardCharsets.UTF_8, "\n", true),
		QRP(StandardCharsets.UTF_8, "\n", false);

		final Charset charset;

		final String lineEnd;

		final boolean bom;

		Encoding(Charset charset, String lineEnd, boolean bom) {
			this.charset = charset;
			this.lineEnd = lineEnd;
			this.bom = bom;
		}

	}

	final Encoding encoding;

	final String path;

	final List<String> header;

	ExportFile(Encoding encoding, String path, String... header) {
		this.encoding = encoding;
		this.path = path;
		this.header = List.of(header);
	}

	/** The position of a column in the header. */
	int column(String name) {
		int index = header.indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException(path + " has no column " + name);
		}
		return index;
	}

}
