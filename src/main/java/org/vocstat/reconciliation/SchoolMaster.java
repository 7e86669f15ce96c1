package org.vocstat.reconciliation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds a batch's unified school master: sms and tss schools joined on 学校标识码 where a
 * technical school holds one (一校两牌), designations from qrp. Records that cannot be
 * joined, or that contradict each other, go to {@code school_issue} for the schools to
 * correct; nothing is guessed.
 */
@Component
class SchoolMaster {

	private final JdbcClient jdbc;

	SchoolMaster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void build(long batchId) {
		jdbc.sql("DELETE FROM school_issue WHERE batch_id = :batch").param("batch", batchId).update();
		jdbc.sql("DELETE FROM school_master WHERE batch_id = :batch").param("batch", batchId).update();
		insertSchools(batchId);
		// qrp files a school under either of its codes; school_by_code joins on equality
		// (a hash join, not schools ×
		// qrp rows).
		jdbc.sql("""
				UPDATE school_master m SET designations = filed.designations
				FROM (SELECT c.school_key, array_agg(DISTINCT d ORDER BY d) AS designations
				      FROM school_by_code c
				      JOIN stg_qrp_school q ON q.batch_id = :batch AND q.school_code = c.code
				      CROSS JOIN LATERAL unnest(q.designations) AS d
				      WHERE c.batch_id = :batch
				      GROUP BY c.school_key) filed
				WHERE m.batch_id = :batch AND m.school_key = filed.school_key""").param("batch", batchId).update();
		reportIssues(batchId);
	}

	/**
	 * Inserts the batch's joined schools into {@code school_master}: codes, key, names,
	 * 区划, ownership, type, whether technical, status; not the qrp designations.
	 */
	private void insertSchools(long batchId) {
		jdbc.sql(
				"""
						WITH s AS (SELECT * FROM stg_sms_school WHERE batch_id = :batch),
						     t AS (SELECT *, count(*) FILTER (WHERE moe_code IS NOT NULL) OVER (PARTITION BY moe_code) AS claims
						           FROM stg_tss_school WHERE batch_id = :batch),
						     joined AS (
						         SELECT s.school_code AS sms_code, t.school_code AS tss_code,
						                COALESCE(s.school_code::text, CASE WHEN t.claims = 1 THEN t.moe_code::text END, t.school_code)
						                    AS school_key,
						                s.school_name AS sms_name, t.school_name AS tss_name,
						                s.county_code AS sms_county, t.county_code AS tss_county,
						                s.admin_code AS sms_admin, t.admin_code AS tss_admin,
						                s.ownership AS sms_ownership, t.ownership AS tss_ownership,
						                s.school_type, t.category, s.status AS sms_status, t.status AS tss_status, s.stopped_year
						         FROM s FULL JOIN t ON t.claims = 1 AND t.moe_code = s.school_code)
						INSERT INTO school_master (batch_id, school_key, school_name, sms_code, tss_code, county_code, admin_code,
						                ownership, school_type, technical, status, stopped_year)
						SELECT :batch, school_key, COALESCE(sms_name, tss_name), sms_code, tss_code,
						       COALESCE(sms_county, tss_county), COALESCE(sms_admin, tss_admin),
						       COALESCE(sms_ownership, tss_ownership), COALESCE(category, school_type), tss_code IS NOT NULL,
						       CASE WHEN sms_status IS NULL THEN tss_status
						            WHEN tss_status IS NULL OR tss_status = sms_status THEN sms_status END,
						       stopped_year
						FROM joined""")
			.param("batch", batchId)
			.update();
	}

	private void reportIssues(long batchId) {
		jdbc.sql(
				"""
						INSERT INTO school_issue (batch_id, school_key, issue, detail)
						SELECT :batch, t.school_code, 'MOE_CODE_NOT_IN_SMS',
						       'tss ' || t.school_code || ' gives 学校标识码 ' || t.moe_code || ', which sms/schools.csv does not have'
						FROM stg_tss_school t
						WHERE t.batch_id = :batch AND t.moe_code IS NOT NULL
						  AND NOT EXISTS (SELECT 1 FROM stg_sms_school s WHERE s.batch_id = :batch AND s.school_code = t.moe_code)
						UNION ALL
						SELECT :batch, t.school_code, 'MOE_CODE_CLAIMED_TWICE',
						       'tss ' || t.school_code || ' and another tss school both give 学校标识码 ' || t.moe_code
						       || '; neither is joined to sms'
						FROM stg_tss_school t
						WHERE t.batch_id = :batch AND t.moe_code IS NOT NULL
						  AND (SELECT count(*) FROM stg_tss_school o WHERE o.batch_id = :batch AND o.moe_code = t.moe_code) > 1
						UNION ALL
						SELECT :batch, m.school_key, 'CONTRADICTS', d.field || ': sms ' || d.sms_value || ', tss ' || d.tss_value
						FROM school_master m
						JOIN stg_sms_school s ON s.batch_id = :batch AND s.school_code = m.sms_code
						JOIN stg_tss_school t ON t.batch_id = :batch AND t.school_code = m.tss_code
						CROSS JOIN LATERAL (VALUES ('所在地行政区划代码', s.county_code::text, t.county_code::text),
						                           ('隶属区划代码', s.admin_code::text, t.admin_code::text),
						                           ('举办者类型', s.ownership, t.ownership),
						                           ('办学状态', s.status, t.status)) AS d(field, sms_value, tss_value)
						WHERE m.batch_id = :batch AND d.sms_value IS DISTINCT FROM d.tss_value
						UNION ALL
						SELECT :batch, m.school_key, 'TECHNICAL_NOT_IN_TSS',
						       'sms lists ' || m.school_key || ' as 技工学校 but no tss school gives this 学校标识码'
						FROM school_master m
						WHERE m.batch_id = :batch AND m.school_type = '技工学校' AND NOT m.technical
						UNION ALL
						SELECT :batch, m.school_key, 'QRP_TECHNICAL_DIFFERS',
						       'qrp 是否技工院校 says ' || CASE WHEN q.is_technical THEN '是' ELSE '否' END
						       || ' but the school is ' || CASE WHEN m.technical THEN '' ELSE 'not ' END || 'in tss'
						FROM school_by_code m
						JOIN stg_qrp_school q ON q.batch_id = :batch AND q.school_code = m.code
						WHERE m.batch_id = :batch AND q.is_technical <> m.technical""")
			.param("batch", batchId)
			.update();
	}

}
