package org.vocstat.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.vocstat.ingest.qrp.QrpFiles;
import org.vocstat.ingest.sms.SmsFiles;
import org.vocstat.ingest.tss.TssFiles;
import org.vocstat.person.IdentityHasher;
import org.vocstat.person.ResidentId;

/**
 * A data row of one of the real export files, valid by default and changed field by
 * field, validated against the batch of AY 2022 with every personal field checked to stay
 * out of the verdict.
 */
final class ExportRows {

	static final String SMS_SCHOOL = "3633040001";

	static final String TSS_SCHOOL = "J330402001";

	static final IdentityHasher HASHER = new IdentityHasher(new byte[32]);

	static final ValidationContext BATCH = new ValidationContext("330400", 2022, LocalDate.of(2022, 10, 31), HASHER,
			Set.of(SMS_SCHOOL, TSS_SCHOOL), Set.of("660102", "770101"));

	/** A male student born 2007-05-05. */
	static final String STUDENT_ID = residentId("330402", "20070505", "031");

	/** A female student born 2006-07-07. */
	static final String TSS_STUDENT_ID = residentId("330411", "20060707", "042");

	/** A male teacher born 1980-01-01. */
	static final String TEACHER_ID = residentId("330402", "19800101", "013");

	private static final Map<RowSchema, Map<String, String>> DEFAULTS = Map.of(SmsFiles.STUDENTS,
			defaults(SmsFiles.STUDENTS, "G" + STUDENT_ID, "居民身份证", STUDENT_ID, "张三明", "男", "2007-05-05", "汉族",
					SMS_SCHOOL, "660102", "机械加工技术", "2021", "3", "2022-09", "2022级", "机械2201班", "普通中专", "在籍", ""),
			SmsFiles.GRADUATES,
			defaults(SmsFiles.GRADUATES, "G" + STUDENT_ID, STUDENT_ID, "张三明", SMS_SCHOOL, "660102", "2023-06", "升学",
					"全日制高职", ""),
			TssFiles.STUDENTS,
			defaults(TssFiles.STUDENTS, "2022030101", "李四", "女", TSS_STUDENT_ID, "200607", TSS_SCHOOL, "0302-4", "数控加工",
					"中级工", "3", "2022-09-01", "在校", "", "数控2201班"),
			QrpFiles.SCHOOLS, defaults(QrpFiles.SCHOOLS, SMS_SCHOOL, "嘉兴市职业技术学校", "否", "国家改革发展示范学校;浙江省中职名校"),
			QrpFiles.CONDITIONS,
			defaults(QrpFiles.CONDITIONS, SMS_SCHOOL, "2022", "120000.5", "0", "80000", "0", "3500.25", "150000"),
			QrpFiles.TEACHERS,
			defaults(QrpFiles.TEACHERS, "T2022001", SMS_SCHOOL, "2022", "王五六", TEACHER_ID, "男", "1980-01", "专任教师",
					"大学本科", "中级", "专业课", "是", ""),
			QrpFiles.SATISFACTION, defaults(QrpFiles.SATISFACTION, SMS_SCHOOL, "2022", "毕业生", "100", "95"),
			QrpFiles.TRAINING, defaults(QrpFiles.TRAINING, SMS_SCHOOL, "2023", "电工上岗培训", "企业职工", "其他", "32", "120"),
			QrpFiles.AWARDS,
			defaults(QrpFiles.AWARDS, SMS_SCHOOL, "2023", "全国职业院校技能大赛", "国家级", "学生技术技能类", "二等奖", "张三明、李四"),
			QrpFiles.REGION, defaults(QrpFiles.REGION, "330400", "2022", "19597", "78110"));

	private final RowSchema schema;

	private final Map<String, String> fields;

	private ExportRows(RowSchema schema, Map<String, String> fields) {
		this.schema = schema;
		this.fields = fields;
	}

	/** The valid default row of {@code schema}. */
	static ExportRows of(RowSchema schema) {
		return new ExportRows(schema, new LinkedHashMap<>(DEFAULTS.get(schema)));
	}

	/** A copy of this row with one field replaced. */
	ExportRows with(String header, String value) {
		if (!fields.containsKey(header)) {
			throw new IllegalArgumentException(header + " is not a column of " + schema.stagingTable());
		}
		Map<String, String> changed = new LinkedHashMap<>(fields);
		changed.put(header, value);
		return new ExportRows(schema, changed);
	}

	RowSchema schema() {
		return schema;
	}

	String[] fields() {
		return fields.values().toArray(String[]::new);
	}

	/**
	 * Validates the row through the real schema and checks that no personal field reached
	 * the verdict.
	 */
	Verdict validate() {
		Verdict verdict = validateUnchecked();
		assertNoPersonalData(verdict);
		return verdict;
	}

	/** Validates the row through the real schema without the personal-data check. */
	Verdict validateUnchecked() {
		int[] identityIndex = IntStream.range(0, schema.columns().size()).toArray();
		return new RowValidator(schema, identityIndex).validate(fields(), BATCH);
	}

	/**
	 * Fails when any staged value or finding message holds a raw ID number, student
	 * number or full name.
	 */
	void assertNoPersonalData(Verdict verdict) {
		List<String> personal = personalTexts();
		List<String> exposed = new ArrayList<>();
		if (verdict.values() != null) {
			Arrays.stream(verdict.values()).forEach(value -> exposed.add(String.valueOf(value)));
		}
		verdict.findings().forEach(finding -> exposed.add(finding.render()));
		for (String text : exposed) {
			for (String secret : personal) {
				assertThat(text).as("a staged value or finding of %s", schema.stagingTable()).doesNotContain(secret);
			}
		}
	}

	/** The staged value of {@code stagingColumn} in {@code verdict}. */
	Object staged(Verdict verdict, String stagingColumn) {
		int at = schema.stagingColumns().indexOf(stagingColumn);
		if (at < 0) {
			throw new IllegalArgumentException(stagingColumn + " is not staged by " + schema.stagingTable());
		}
		return verdict.values()[at - RowSchema.LINEAGE_COLUMNS.size()];
	}

	/** An 18-character resident ID with the right check character. */
	static String residentId(String area, String birth, String sequence) {
		String body = area + birth + sequence;
		return body + ResidentId.checkCharacter(body);
	}

	/** The same ID with a wrong check character. */
	static String withWrongCheck(String id) {
		char wrong = id.charAt(17) == '1' ? '2' : '1';
		return id.substring(0, 17) + wrong;
	}

	private List<String> personalTexts() {
		List<String> secrets = new ArrayList<>();
		for (Column column : schema.columns()) {
			String raw = fields.get(column.header()).strip();
			if (column.type() instanceof PersonIdField || column.type() instanceof StudentNumberField) {
				secrets.add(raw);
				secrets.add(ResidentId.parse(raw).normalised());
				if (raw.length() == 19) {
					secrets.add(ResidentId.parse(raw.substring(1)).normalised());
				}
			}
			else if (column.stagingColumns().stream().anyMatch(name -> name.endsWith("_masked"))) {
				secrets.addAll(Arrays.asList(raw.split("[、,，;；\\s]+")));
			}
		}
		// Short texts (a one-character name, a five-digit malformed number) are not
		// identifying on their own and
		// could occur by chance inside a hash.
		return secrets.stream().filter(ExportRows::identifying).distinct().toList();
	}

	private static boolean identifying(String text) {
		boolean fullName = text.codePointCount(0, text.length()) >= 2
				&& text.codePoints().allMatch(Character::isIdeographic);
		return fullName || text.length() >= 8;
	}

	private static Map<String, String> defaults(RowSchema schema, String... values) {
		List<String> headers = schema.headers();
		if (headers.size() != values.length) {
			throw new IllegalArgumentException(
					schema.stagingTable() + ": " + values.length + " values for " + headers.size() + " columns");
		}
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			row.put(headers.get(i), values[i]);
		}
		return row;
	}

}
