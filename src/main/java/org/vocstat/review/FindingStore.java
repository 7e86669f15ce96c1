package org.vocstat.review;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tables {@code review_finding} and {@code review_finding_figure}: a batch's
 * findings, replaced whole when the batch is evaluated again. A finding of the same rule
 * and scope keeps its id, so an id an officer was given still names it after a rerun.
 */
@Repository
class FindingStore {

	private final JdbcClient jdbc;

	FindingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void replace(long batchId, String region, int academicYear, String rulesDigest, List<FindingDraft> findings) {
		String[] keys = findings.stream().map(f -> f.ruleCode() + "|" + f.scope()).toArray(String[]::new);
		jdbc.sql("""
				DELETE FROM review_finding
				WHERE batch_id = :batch AND NOT (rule_code || '|' || scope = ANY (:keys))""")
			.param("batch", batchId)
			.param("keys", keys)
			.update();
		for (FindingDraft finding : findings) {
			long id = jdbc.sql("""
					INSERT INTO review_finding (batch_id, region, academic_year, rule_code, level, scope, message,
					                            values_digest, rules_digest)
					VALUES (:batch, :region, :year, :rule, :level, :scope, :message, :values, :rules)
					ON CONFLICT (batch_id, rule_code, scope) DO UPDATE
					SET level = excluded.level, message = excluded.message, values_digest = excluded.values_digest,
					    rules_digest = excluded.rules_digest, evaluated_at = now()
					RETURNING finding_id""")
				.param("batch", batchId)
				.param("region", region)
				.param("year", academicYear)
				.param("rule", finding.ruleCode())
				.param("level", finding.level().name())
				.param("scope", finding.scope())
				.param("message", finding.message())
				.param("values", finding.valuesDigest())
				.param("rules", rulesDigest)
				.query(Long.class)
				.single();
			jdbc.sql("DELETE FROM review_finding_figure WHERE finding_id = :id").param("id", id).update();
			int position = 0;
			for (FigureRead figure : finding.figures()) {
				jdbc.sql("""
						INSERT INTO review_finding_figure (finding_id, position, reference, figure_batch_id, indicator,
						                                   scope, period, value, digest)
						VALUES (:id, :position, :reference, :batch, :indicator, :scope, :period, :value, :digest)""")
					.param("id", id)
					.param("position", position++)
					.param("reference", figure.reference())
					.param("batch", figure.batchId())
					.param("indicator", figure.indicator())
					.param("scope", figure.scope())
					.param("period", figure.period())
					.param("value", figure.value())
					.param("digest", figure.digest())
					.update();
			}
		}
	}

	/** The figures a finding read, in the rule's order. */
	List<FigureRead> figures(long findingId) {
		return jdbc.sql("""
				SELECT reference, figure_batch_id AS batch_id, indicator, scope, period, value, digest
				FROM review_finding_figure WHERE finding_id = :id ORDER BY position""")
			.param("id", findingId)
			.query(FigureRead.class)
			.list();
	}

}
