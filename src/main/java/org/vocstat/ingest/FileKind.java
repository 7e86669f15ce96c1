package org.vocstat.ingest;

import java.util.List;

import org.vocstat.ingest.qrp.QrpFiles;
import org.vocstat.ingest.sms.SmsFiles;
import org.vocstat.ingest.tss.TssFiles;
import org.vocstat.validation.RowSchema;

/**
 * Every file of an export batch, in load order: schools files first, because the other
 * files' school codes are looked up in them. With one lane the files load in this order;
 * with two, {@link LoadOrder} splits the others.
 */
public enum FileKind {

	SMS_SCHOOLS(SourceSystem.SMS, "schools.csv", SmsFiles.SCHOOLS, null),
	TSS_SCHOOLS(SourceSystem.TSS, "schools.csv", TssFiles.SCHOOLS, null),
	QRP_SCHOOLS(SourceSystem.QRP, "schools.csv", QrpFiles.SCHOOLS, """
			SELECT school_code FROM stg_sms_school WHERE batch_id = :batch
			UNION SELECT school_code FROM stg_tss_school WHERE batch_id = :batch
			UNION SELECT moe_code FROM stg_tss_school WHERE batch_id = :batch AND moe_code IS NOT NULL"""),
	SMS_STUDENTS(SourceSystem.SMS, "students.csv", SmsFiles.STUDENTS, Lookups.SMS_SCHOOLS),
	SMS_GRADUATES(SourceSystem.SMS, "graduates.csv", SmsFiles.GRADUATES, Lookups.SMS_SCHOOLS),
	TSS_STUDENTS(SourceSystem.TSS, "students.csv", TssFiles.STUDENTS, Lookups.TSS_SCHOOLS),
	TSS_GRADUATES(SourceSystem.TSS, "graduates.csv", TssFiles.GRADUATES, Lookups.TSS_SCHOOLS),
	QRP_CONDITIONS(SourceSystem.QRP, "conditions.csv", QrpFiles.CONDITIONS, Lookups.QRP_SCHOOLS),
	QRP_TEACHERS(SourceSystem.QRP, "teachers.csv", QrpFiles.TEACHERS, Lookups.QRP_SCHOOLS),
	QRP_SATISFACTION(SourceSystem.QRP, "satisfaction.csv", QrpFiles.SATISFACTION, Lookups.QRP_SCHOOLS),
	QRP_FOLLOWUP(SourceSystem.QRP, "followup.csv", QrpFiles.FOLLOWUP, Lookups.QRP_SCHOOLS),
	QRP_TRAINING(SourceSystem.QRP, "training.csv", QrpFiles.TRAINING, Lookups.QRP_SCHOOLS),
	QRP_AWARDS(SourceSystem.QRP, "awards.csv", QrpFiles.AWARDS, Lookups.QRP_SCHOOLS),
	QRP_EXAMS(SourceSystem.QRP, "exams.csv", QrpFiles.EXAMS, Lookups.QRP_SCHOOLS),
	QRP_FUNDING(SourceSystem.QRP, "funding.csv", QrpFiles.FUNDING, Lookups.QRP_SCHOOLS),
	QRP_REGION(SourceSystem.QRP, "region.csv", QrpFiles.REGION, null);

	private final SourceSystem system;

	private final String fileName;

	private final RowSchema schema;

	private final String schoolLookupSql;

	FileKind(SourceSystem system, String fileName, RowSchema schema, String schoolLookupSql) {
		this.system = system;
		this.fileName = fileName;
		this.schema = schema;
		this.schoolLookupSql = schoolLookupSql;
	}

	public SourceSystem system() {
		return system;
	}

	/** Path inside the batch folder, e.g. {@code sms/students.csv}. */
	public String path() {
		return system.folder() + "/" + fileName;
	}

	/**
	 * The paths this file may have in a batch: as CSV, {@code .xlsx} or {@code .xls}
	 * workbook ({@code sms/students.xlsx}).
	 */
	public List<String> candidatePaths() {
		String base = path().substring(0, path().length() - ".csv".length());
		return List.of(path(), base + ".xlsx", base + ".xls");
	}

	/** Short name used in step names, audit and messages, e.g. {@code sms.students}. */
	public String code() {
		return system.folder() + "." + fileName.substring(0, fileName.length() - ".csv".length());
	}

	public RowSchema schema() {
		return schema;
	}

	/**
	 * SQL (named parameter {@code :batch}) giving the school codes this file's rows must
	 * use, or null.
	 */
	public String schoolLookupSql() {
		return schoolLookupSql;
	}

	/** The kind whose {@link #code()} or {@link #path()} is {@code name}. */
	public static FileKind of(String name) {
		for (FileKind kind : values()) {
			if (kind.code().equals(name) || kind.candidatePaths().contains(name)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("no export file is called " + name);
	}

	private static final class Lookups {

		static final String SMS_SCHOOLS = "SELECT school_code FROM stg_sms_school WHERE batch_id = :batch";

		static final String TSS_SCHOOLS = "SELECT school_code FROM stg_tss_school WHERE batch_id = :batch";

		static final String QRP_SCHOOLS = "SELECT school_code FROM stg_qrp_school WHERE batch_id = :batch";

	}

}
