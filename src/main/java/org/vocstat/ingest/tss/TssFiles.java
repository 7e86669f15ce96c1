package org.vocstat.ingest.tss;

import static org.vocstat.validation.Column.identity;
import static org.vocstat.validation.Column.optional;
import static org.vocstat.validation.Column.required;
import static org.vocstat.validation.Fields.birth;
import static org.vocstat.validation.Fields.code;
import static org.vocstat.validation.Fields.date;
import static org.vocstat.validation.Fields.integer;
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

/** tss/schools.csv, students.csv and graduates.csv as {@code formats.md} defines them. */
public final class TssFiles {

	private static final String HRSS_SCHOOL_CODE = "[0-9A-Z-]{1,32}";

	private static final String HRSS_SHAPE = "an HRSS 院校代码 (letters, digits and '-')";

	private static final String HRSS_MAJOR_CODE = "\\d{4}(-\\d)?";

	private static final String HRSS_MAJOR_SHAPE = "an HRSS 专业编码 (4 digits, optional '-' and level)";

	private static final Column STUDENT_NO = new Column("学号", true,
			new StudentNumberField("[0-9A-Z-]{1,40}", "a 学号 of letters, digits and '-'"),
			List.of("student_no_hash", "student_no_masked"));

	public static final RowSchema SCHOOLS = new RowSchema("stg_tss_school", List.of(
			required("院校代码", code(HRSS_SCHOOL_CODE, HRSS_SHAPE), "school_code"),
			required("院校名称", text(), "school_name"), required("院校类别", oneOf("技师学院", "高级技工学校", "技工学校"), "category"),
			required("所在地行政区划代码", code("\\d{6}", "a 6-digit 区划代码"), "county_code"),
			required("隶属区划代码", new AdminCodeField(), "admin_code"), required("举办者类型", oneOf("公办", "民办"), "ownership"),
			optional("学校标识码", code("36\\d{8}", "a 10-digit 学校标识码 (36…)"), "moe_code"),
			required("办学状态", oneOf("正常", "停止招生", "撤销"), "status")), List.of("院校代码"), List.of());

	public static final RowSchema STUDENTS = new RowSchema("stg_tss_student",
			List.of(STUDENT_NO, required("姓名", name(), "name_masked"), required("性别", oneOf("男", "女"), "gender"),
					identity("身份证号", null), required("出生年月", birth(month()), "birth_month"),
					required("院校代码", schoolReference(HRSS_SCHOOL_CODE, HRSS_SHAPE), "school_code"),
					required("专业编码", code(HRSS_MAJOR_CODE, HRSS_MAJOR_SHAPE), "major_code"),
					optional("专业名称", text(), "major_name"),
					required("培养层次", oneOf("中级工", "高级工", "预备技师"), "training_level"),
					optional("学制", integer(1, 6), "duration_years"), required("入学时间", date(), "entry_date"),
					required("学籍状态", oneOf("在校", "休学", "转学", "退学", "毕业", "结业"), "status"),
					optional("学籍变动时间", date(), "status_changed"), optional("班级", text(), "class_name")),
			List.of("院校代码", "学号"),
			List.of(RowChecks.genderAgreesWithId("性别", "身份证号"), RowChecks.birthAgreesWithId("出生年月", "身份证号", true)));

	public static final RowSchema GRADUATES = new RowSchema("stg_tss_graduate",
			List.of(STUDENT_NO, identity("身份证号", null), required("姓名", name(), "name_masked"),
					required("院校代码", schoolReference(HRSS_SCHOOL_CODE, HRSS_SHAPE), "school_code"),
					required("专业编码", code(HRSS_MAJOR_CODE, HRSS_MAJOR_SHAPE), "major_code"),
					required("毕业时间", date(), "graduation_date"),
					required("毕业去向", oneOf("升学", "就业", "自主创业", "参军", "出国", "其他", "待就业"), "destination"),
					optional("就业产业", oneOf("一产", "二产", "三产"), "employment_industry")),
			List.of("院校代码", "学号"), List.of());

	private TssFiles() {
	}

}
