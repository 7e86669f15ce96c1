package org.vocstat.ingest.sms;

import static org.vocstat.validation.Column.identity;
import static org.vocstat.validation.Column.optional;
import static org.vocstat.validation.Column.required;
import static org.vocstat.validation.Fields.birth;
import static org.vocstat.validation.Fields.code;
import static org.vocstat.validation.Fields.date;
import static org.vocstat.validation.Fields.integer;
import static org.vocstat.validation.Fields.majorReference;
import static org.vocstat.validation.Fields.month;
import static org.vocstat.validation.Fields.name;
import static org.vocstat.validation.Fields.oneOf;
import static org.vocstat.validation.Fields.schoolReference;
import static org.vocstat.validation.Fields.text;

import java.util.List;

import org.vocstat.validation.AdminCodeField;
import org.vocstat.validation.Column;
import org.vocstat.validation.RowChecks;
import org.vocstat.validation.RowSchema;
import org.vocstat.validation.StudentNumberField;

/** sms/schools.csv, students.csv and graduates.csv as {@code formats.md} defines them. */
public final class SmsFiles {

	static final String MOE_SCHOOL_CODE = "36\\d{8}";

	static final String MOE_SHAPE = "a 10-digit 学校标识码 (36…)";

	private static final Column STUDENT_NO = new Column("学籍号", true,
			new StudentNumberField("[GJL]\\d{17}[0-9X]", "a 19-character 学籍号 (G/J/L + 18)"),
			List.of("student_no_hash", "student_no_masked"));

	public static final RowSchema SCHOOLS = new RowSchema("stg_sms_school", List.of(
			required("学校标识码", code(MOE_SCHOOL_CODE, MOE_SHAPE), "school_code"), required("学校名称", text(), "school_name"),
			required("所在地行政区划代码", code("\\d{6}", "a 6-digit 区划代码"), "county_code"),
			required("隶属区划代码", new AdminCodeField(), "admin_code"), required("举办者类型", oneOf("公办", "民办"), "ownership"),
			required("学校类型", oneOf("中等专业学校", "职业高中", "成人中专", "技工学校", "其他"), "school_type"),
			required("办学状态", oneOf("正常", "停止招生", "撤销"), "status"),
			optional("停止招生年份", integer(1949, 2100), "stopped_year")), List.of("学校标识码"), List.of());

	public static final RowSchema STUDENTS = new RowSchema("stg_sms_student",
			List.of(STUDENT_NO, required("身份证件类型", oneOf("居民身份证", "港澳台居民居住证", "护照", "其他"), "id_type"),
					identity("身份证件号", "身份证件类型"), required("姓名", name(), "name_masked"),
					required("性别", oneOf("男", "女"), "gender"), required("出生日期", birth(date()), "birth_month"),
					optional("民族", text(), "ethnicity"),
					required("学校标识码", schoolReference(MOE_SCHOOL_CODE, MOE_SHAPE), "school_code"),
					required("专业代码", majorReference(), "major_code"), optional("专业名称", text(), "major_name"),
					optional("专业目录版本", oneOf("2021", "2010"), "catalogue_version"),
					optional("学制", integer(1, 5), "duration_years"), required("入学年月", month(), "entry_month"),
					optional("年级", text(), "grade"), optional("班级", text(), "class_name"),
					required("学生类型", oneOf("普通中专", "职业高中", "成人中专", "技工学校"), "student_type"),
					required("学籍状态", oneOf("在籍", "休学", "转出", "退学", "毕业", "结业", "注销"), "status"),
					optional("状态变动日期", date(), "status_changed")),
			List.of("学籍号"),
			List.of(RowChecks.genderAgreesWithId("性别", "身份证件号"), RowChecks.birthAgreesWithId("出生日期", "身份证件号", false)));

	public static final RowSchema GRADUATES = new RowSchema("stg_sms_graduate",
			List.of(STUDENT_NO, identity("身份证件号", null), required("姓名", name(), "name_masked"),
					required("学校标识码", schoolReference(MOE_SCHOOL_CODE, MOE_SHAPE), "school_code"),
					required("专业代码", majorReference(), "major_code"), required("毕业年月", month(), "graduation_month"),
					required("毕业去向", oneOf("升学", "就业", "自主创业", "参军入伍", "出国出境", "其他落实", "未落实"), "destination"),
					optional("升学类型", oneOf("全日制高职", "中高职一体化转段", "中本一体化", "单独考试招生", "普通高考", "非全日制"),
							"further_study_type"),
					optional("就业产业", oneOf("第一产业", "第二产业", "第三产业"), "employment_industry")),
			List.of("学籍号"), List.of());

	private SmsFiles() {
	}

}
