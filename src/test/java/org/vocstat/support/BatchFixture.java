package org.vocstat.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vocstat.delivery.BatchDigest;
import org.vocstat.person.ResidentId;

/**
 * A small hand-built export batch for tests: one school per system and a few rows per
 * file, each file in its system's encoding and line ending, with rows replaceable per
 * test. Real batches come from sample-exports/.
 */
public final class BatchFixture {

	public static final String SMS_SCHOOL = "3633000001";

	public static final String TSS_SCHOOL = "J330402001";

	private final Map<String, List<String>> files = new LinkedHashMap<>();

	private boolean manifest = true;

	private final Map<String, String> manifestOverrides = new LinkedHashMap<>();

	private final Map<String, Long> manifestRows = new LinkedHashMap<>();

	private final int academicYear;

	/** The fixture for academic year 2022 (with calendar-year figures of 2023). */
	public BatchFixture() {
		this(2022);
	}

	/**
	 * The fixture for {@code academicYear}: its qrp 学年 and 年度 and its manifest follow the
	 * year.
	 */
	public BatchFixture(int academicYear) {
		this.academicYear = academicYear;
		file("sms/schools.csv", "学校标识码,学校名称,所在地行政区划代码,隶属区划代码,举办者类型,学校类型,办学状态,停止招生年份",
				SMS_SCHOOL + ",嘉兴测试中等专业学校,330402,330400,公办,中等专业学校,正常,");
		file("tss/schools.csv", "院校代码,院校名称,院校类别,所在地行政区划代码,隶属区划代码,举办者类型,学校标识码,办学状态",
				TSS_SCHOOL + ",嘉兴测试技师学院,技师学院,330402,330400,公办,,正常");
		file("qrp/schools.csv", "学校代码,学校名称,是否技工院校,称号", SMS_SCHOOL + ",嘉兴测试中等专业学校,否,国家改革发展示范学校；浙江省中职名校",
				TSS_SCHOOL + ",嘉兴测试技师学院,是,");
		file("sms/students.csv", "学籍号,身份证件类型,身份证件号,姓名,性别,出生日期,民族,学校标识码,专业代码,专业名称,专业目录版本,学制,入学年月,年级,班级,学生类型,学籍状态,状态变动日期",
				smsStudent(id("330402", "20070315", "001"), "男", "2007-03-15", "在籍", ""),
				smsStudent(id("330402", "20061120", "002"), "女", "2006-11-20", "毕业", "2023-06-30"));
		file("sms/graduates.csv", "学籍号,身份证件号,姓名,学校标识码,专业代码,毕业年月,毕业去向,升学类型,就业产业", "G" + id("330402", "20041103", "011")
				+ "," + id("330402", "20041103", "011") + ",王小明," + SMS_SCHOOL + ",660102,2023-06,就业,,第二产业");
		file("tss/students.csv", "学号,姓名,性别,身份证号,出生年月,院校代码,专业编码,专业名称,培养层次,学制,入学时间,学籍状态,学籍变动时间,班级",
				"T2022001,李四,男," + id("330411", "20070101", "013") + ",200701," + TSS_SCHOOL
						+ ",0302-4,数控加工,中级工,3,2022-09-01,在校,,数控2201");
		file("tss/graduates.csv", "学号,身份证号,姓名,院校代码,专业编码,毕业时间,毕业去向,就业产业",
				"T2019001," + id("330411", "20040101", "015") + ",赵六," + TSS_SCHOOL + ",0302-4,2023-06-30,就业,二产");
		file("qrp/conditions.csv",
				"学校代码,学年,占地面积_学校产权(㎡),占地面积_非学校产权独立使用(㎡),建筑面积_学校产权(㎡),建筑面积_非学校产权独立使用(㎡),教学科研仪器设备资产值(万元),纸质图书(册)",
				SMS_SCHOOL + "," + academicYear + ",100000,5000,60000,0,5000.50,\"120,000\"");
		file("qrp/teachers.csv", "教师编号,学校代码,学年,姓名,身份证件号,性别,出生年月,教师类型,最高学历,专业技术职务,任教类别,是否双师型,荣誉称号", "T001," + SMS_SCHOOL
				+ "," + academicYear + ",陈老师," + id("330402", "19800101", "017") + ",男,198001,专任教师,大学本科,中级,专业课,是,");
		file("qrp/satisfaction.csv", "学校代码,学年,调查对象,有效样本数,满意数", SMS_SCHOOL + "," + academicYear + ",毕业生,100,97");
		file("qrp/followup.csv", "学校代码,学年,毕业三年跟踪人数,三年内获晋升人数", SMS_SCHOOL + "," + academicYear + ",200,50");
		file("qrp/training.csv", "学校代码,年度,培训项目名称,培训对象,面向行业,学时,人次",
				SMS_SCHOOL + "," + (academicYear + 1) + ",数控技能提升,企业职工,其他,40,120");
		file("qrp/awards.csv", "学校代码,年度,赛事名称,赛事级别,赛事类别,奖项,获奖人",
				SMS_SCHOOL + "," + (academicYear + 1) + ",省职业能力大赛,省级,学生技术技能类,一等奖,张三");
		file("qrp/exams.csv", "学校代码,年度,单考单招参考人数,本科上线人数,其中中本一体化人数,专科及以上上线人数,中高职一体转段人数,升入全日制高校人数",
				SMS_SCHOOL + "," + (academicYear + 1) + ",100,20,5,95,60,150");
		file("qrp/funding.csv", "学校代码,年度,财政专项拨款(万元)", SMS_SCHOOL + "," + (academicYear + 1) + ",1234.56");
		file("qrp/region.csv", "区划代码,学年,普通高中招生数,省下达培训任务(人次)", "330400," + academicYear + ",19597,78110");
	}

	/** A valid 18-character resident ID from area, birth date and sequence. */
	public static String id(String area, String birth, String sequence) {
		String body = area + birth + sequence;
		return body + ResidentId.checkCharacter(body);
	}

	/** An sms student row of the fixture school with major 660102. */
	public static String smsStudent(String id, String gender, String birth, String status, String changed) {
		return "G" + id + ",居民身份证," + id + ",张三丰," + gender + "," + birth + ",汉族," + SMS_SCHOOL
				+ ",660102,机械加工技术,2021,3,2022-09,2022级,机加2201,普通中专," + status + "," + changed;
	}

	/**
	 * A tss student row, in school, of the fixture technical school with major 0302-4,
	 * born in {@code birthMonth}.
	 */
	public static String tssStudent(String studentNo, String id, String birthMonth) {
		return studentNo + ",李四,男," + id + "," + birthMonth + "," + TSS_SCHOOL
				+ ",0302-4,数控加工,中级工,3,2022-09-01,在校,,数控2201";
	}

	/** Replaces a file's content: its header and rows. */
	public BatchFixture file(String path, String header, String... rows) {
		List<String> lines = new ArrayList<>();
		lines.add(header);
		lines.addAll(List.of(rows));
		files.put(path, lines);
		return this;
	}

	/**
	 * Adds {@code count} in-school sms students of the fixture school, born on the 1st,
	 * 2nd, … of {@code month} 2007, with IDs ending in sequence {@code sequencePrefix} +
	 * 1, 2, …: tests that need a file of several chunks.
	 */
	public BatchFixture withSmsStudents(int count, int month, String sequencePrefix, String gender) {
		for (int i = 1; i <= count; i++) {
			String birth = String.format("2007-%02d-%02d", month, i);
			append("sms/students.csv",
					smsStudent(id("330402", birth.replace("-", ""), sequencePrefix + i), gender, birth, "在籍", ""));
		}
		return this;
	}

	/** Adds rows to a file. */
	public BatchFixture append(String path, String... rows) {
		files.get(path).addAll(List.of(rows));
		return this;
	}

	/**
	 * Keeps only the data rows, in every file but {@code except}, of which some field is
	 * one of {@code schools}: the batch cut down to those schools.
	 */
	public BatchFixture cutToSchools(java.util.Set<String> schools, String except) {
		files.forEach((path, lines) -> {
			if (!path.equals(except)) {
				lines.subList(1, lines.size())
					.removeIf(row -> java.util.Arrays.stream(row.split(",", -1)).noneMatch(schools::contains));
			}
		});
		return this;
	}

	public BatchFixture header(String path, String header) {
		files.get(path).set(0, header);
		return this;
	}

	public BatchFixture withoutManifest() {
		manifest = false;
		return this;
	}

	/**
	 * Makes the manifest's entry for {@code path} claim {@code sha256} instead of the
	 * real one.
	 */
	public BatchFixture manifestSha(String path, String sha256) {
		manifestOverrides.put(path, sha256);
		return this;
	}

	/** Makes the manifest's entry for {@code path} claim {@code rows} data rows. */
	public BatchFixture manifestRows(String path, long rows) {
		manifestRows.put(path, rows);
		return this;
	}

	/** Leaves a file out of the batch (and its manifest). */
	public BatchFixture without(String path) {
		files.remove(path);
		return this;
	}

	/**
	 * Writes the batch (files, then batch.json with real hashes and row counts) into
	 * {@code folder}.
	 */
	public Path writeTo(Path folder) {
		try {
			List<String> entries = new ArrayList<>();
			for (Map.Entry<String, List<String>> file : files.entrySet()) {
				Path target = folder.resolve(file.getKey());
				Files.createDirectories(target.getParent());
				Files.write(target, encode(file.getKey(), file.getValue()));
				String sha = manifestOverrides.getOrDefault(file.getKey(), BatchDigest.sha256(target));
				entries.add("{\"path\":\"" + file.getKey() + "\",\"sha256\":\"" + sha + "\",\"rows\":"
						+ manifestRows.getOrDefault(file.getKey(), file.getValue().size() - 1L) + "}");
			}
			if (manifest) {
				Files.writeString(folder.resolve("batch.json"),
						"{\"region\":\"330400\",\"regionName\":\"嘉兴市\"," + "\"academicYear\":" + academicYear
								+ ",\"snapshotDate\":\"" + academicYear + "-10-31\"," + "\"exportedAt\":\""
								+ (academicYear + 1) + "-09-05T02:00:00+08:00\"," + "\"files\":["
								+ String.join(",", entries) + "]}");
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] encode(String path, List<String> lines) {
		if (path.startsWith("sms/")) {
			return (String.join("\r\n", lines) + "\r\n").getBytes(Charset.forName("GB18030"));
		}
		byte[] body = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
		if (!path.startsWith("tss/")) {
			return body;
		}
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(body, 0, withBom, 3, body.length);
		return withBom;
	}

}
