package org.vocstat.ingest.qrp;

import static org.vocstat.validation.Column.identity;
import static org.vocstat.validation.Column.optional;
import static org.vocstat.validation.Column.required;
import static org.vocstat.validation.Fields.batchRegion;
import static org.vocstat.validation.Fields.bool;
import static org.vocstat.validation.Fields.birth;
import static org.vocstat.validation.Fields.code;
import static org.vocstat.validation.Fields.decimal;
import static org.vocstat.validation.Fields.integer;
import static org.vocstat.validation.Fields.list;
import static org.vocstat.validation.Fields.month;
import static org.vocstat.validation.Fields.name;
import static org.vocstat.validation.Fields.names;
import static org.vocstat.validation.Fields.oneOf;
import static org.vocstat.validation.Fields.reportingYear;
import static org.vocstat.validation.Fields.schoolReference;
import static org.vocstat.validation.Fields.text;

import java.util.List;

import org.vocstat.validation.Column;
import org.vocstat.validation.FieldType;
import org.vocstat.validation.RowChecks;
import org.vocstat.validation.RowSchema;

/**
 * The ten qrp files as {@code formats.md} defines them; every figure is filed per school
 * and period.
 */
public final class QrpFiles {

	private static final String SCHOOL_CODE = "[0-9A-Z-]{1,32}";

	private static final String SCHOOL_SHAPE = "a 学校标识码 or 院校代码";

	private static final int MAX_COUNT = 100_000_000;

	private static final Column SCHOOL = required("学校代码", schoolReference(SCHOOL_CODE, SCHOOL_SHAPE), "school_code");

	private static final Column ACADEMIC_YEAR = required("学年", reportingYear(false), "academic_year");

	private static final Column CALENDAR_YEAR = required("年度", reportingYear(true), "year");

	public static final RowSchema SCHOOLS = new RowSchema(
			"stg_qrp_school", List.of(SCHOOL, required("学校名称", text(), "school_name"),
					required("是否技工院校", bool(), "is_technical"), optional("称号", list(), "designations")),
			List.of("学校代码"), List.of());

	public static final RowSchema CONDITIONS = new RowSchema("stg_qrp_conditions", List.of(SCHOOL, ACADEMIC_YEAR,
			required("占地面积_学校产权(㎡)", area(), "land_owned"), required("占地面积_非学校产权独立使用(㎡)", area(), "land_other"),
			required("建筑面积_学校产权(㎡)", area(), "building_owned"), required("建筑面积_非学校产权独立使用(㎡)", area(), "building_other"),
			required("教学科研仪器设备资产值(万元)", decimal(2), "equipment_value"), required("纸质图书(册)", count(), "books")),
			List.of("学校代码", "学年"), List.of());

	public static final RowSchema TEACHERS = new RowSchema("stg_qrp_teacher",
			List.of(required("教师编号", code("[0-9A-Z-]{1,40}", "a 教师编号 of letters, digits and '-'"), "teacher_no"),
					SCHOOL, ACADEMIC_YEAR, required("姓名", name(), "name_masked"), identity("身份证件号", null),
					required("性别", oneOf("男", "女"), "gender"), required("出生年月", birth(month()), "birth_month"),
					required("教师类型", oneOf("专任教师", "兼职教师", "行业导师"), "teacher_type"),
					optional("最高学历", oneOf("博士研究生", "硕士研究生", "大学本科", "大学专科", "高中及以下"), "education"),
					optional("专业技术职务", oneOf("正高级", "副高级", "中级", "初级", "未定级"), "title"),
					optional("任教类别", oneOf("公共基础课", "专业课", "实习指导"), "teaching_category"),
					required("是否双师型", bool(), "dual_qualified"), optional("荣誉称号", list(), "honours")),
			List.of("学校代码", "教师编号"),
			List.of(RowChecks.genderAgreesWithId("性别", "身份证件号"), RowChecks.birthAgreesWithId("出生年月", "身份证件号", true)));

	public static final RowSchema SATISFACTION = new RowSchema("stg_qrp_satisfaction",
			List.of(SCHOOL, ACADEMIC_YEAR, required("调查对象", oneOf("毕业生", "应届毕业生", "教职工", "用人单位", "家长"), "respondent"),
					required("有效样本数", count(), "samples"), required("满意数", count(), "satisfied")),
			List.of("学校代码", "调查对象"), List.of(RowChecks.notGreater("满意数", "有效样本数")));

	public static final RowSchema FOLLOWUP = new RowSchema("stg_qrp_followup",
			List.of(SCHOOL, ACADEMIC_YEAR, required("毕业三年跟踪人数", count(), "tracked"),
					required("三年内获晋升人数", count(), "promoted")),
			List.of("学校代码"), List.of(RowChecks.notGreater("三年内获晋升人数", "毕业三年跟踪人数")));

	public static final RowSchema TRAINING = new RowSchema("stg_qrp_training",
			List.of(SCHOOL, CALENDAR_YEAR, required("培训项目名称", text(), "project_name"),
					required("培训对象", oneOf("企业职工", "退役士兵", "未继续升学初高中毕业生", "农村转移就业劳动力", "职业农民", "其他"), "audience"),
					required("面向行业", oneOf("家政服务业", "养老服务业", "其他"), "industry"), required("学时", decimal(1), "hours"),
					required("人次", count(), "participants")),
			List.of(), List.of());

	public static final RowSchema AWARDS = new RowSchema("stg_qrp_award",
			List.of(SCHOOL, CALENDAR_YEAR, required("赛事名称", text(), "contest_name"),
					required("赛事级别", oneOf("市级", "省级", "国家级", "世界级"), "level"),
					required("赛事类别", oneOf("学生技术技能类", "教师教学能力类", "其他"), "category"),
					required("奖项", oneOf("一等奖", "二等奖", "三等奖", "金牌", "银牌", "铜牌", "优胜奖"), "prize"),
					optional("获奖人", names(), "winner_masked")),
			List.of(), List.of());

	public static final RowSchema EXAMS = new RowSchema("stg_qrp_exam",
			List.of(SCHOOL, CALENDAR_YEAR, required("单考单招参考人数", count(), "candidates"),
					required("本科上线人数", count(), "bachelor_admitted"),
					required("其中中本一体化人数", count(), "bachelor_integrated"), required("专科及以上上线人数", count(), "admitted"),
					required("中高职一体转段人数", count(), "integrated_transfer"),
					required("升入全日制高校人数", count(), "full_time_higher_ed")),
			List.of("学校代码", "年度"),
			List.of(RowChecks.notGreater("其中中本一体化人数", "本科上线人数"), RowChecks.notGreater("本科上线人数", "专科及以上上线人数")));

	public static final RowSchema FUNDING = new RowSchema("stg_qrp_funding",
			List.of(SCHOOL, CALENDAR_YEAR, required("财政专项拨款(万元)", decimal(2), "special_appropriation")),
			List.of("学校代码", "年度"), List.of());

	public static final RowSchema REGION = new RowSchema("stg_qrp_region",
			List.of(required("区划代码", batchRegion(), "region_code"), ACADEMIC_YEAR,
					required("普通高中招生数", count(), "general_hs_new"), optional("省下达培训任务(人次)", count(), "training_task")),
			List.of("区划代码", "学年"), List.of());

	private QrpFiles() {
	}

	private static FieldType count() {
		return integer(0, MAX_COUNT);
	}

	private static FieldType area() {
		return decimal(2);
	}

}
