package org.vocstat.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tables {@code review_finding} and {@code review_finding_figure}: a batch's
 * findings, replaced whole when the batch is evaluated again. A finding of the same rule
 * and scope keeps its id, so an id an officer was given still names it after a rerun.
 * Each table is written by one statement whose columns go as arrays, as the figures are:
 * a national batch's findings are many.
 */
@Repository
class FindingStore {

	private final JdbcClient jdbc;

	FindingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void replace(long batchId, String region, int academicYear, String rulesDigest, List<FindingDraft> findings) {
		jdbc.sql("""
				DELETE FROM review_finding
				WHERE batch_id = :batch AND NOT (rule_code || '|' || scope = ANY (:keys))""")
			.param("batch", batchId)
			.param("keys", column(findings, f -> f.ruleCode() + "|" + f.scope()))
			.update();
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("""
				INSERT INTO review_finding (batch_id, region, academic_year, rule_code, level, scope, message,
				                            values_digest, rules_digest)
				SELECT :batch, :region, :year, rule, level, scope, message, values_digest, :rules
				FROM unnest(:rule::text[], :level::text[], :scope::text[], :message::text[], :values::text[])
				     AS f (rule, level, scope, message, values_digest)
				ON CONFLICT (batch_id, rule_code, scope) DO UPDATE
				SET level = excluded.level, message = excluded.message, values_digest = excluded.values_digest,
				    rules_digest = excluded.rules_digest, evaluated_at = now()
				RETURNING rule_code, scope, finding_id""")
			.param("batch", batchId)
			.param("region", region)
			.param("year", academicYear)
			.param("rules", rulesDigest)
			.param("rule", column(findings, FindingDraft::ruleCode))
			.param("level", column(findings, f -> f.level().name()))
			.param("scope", column(findings, FindingDraft::scope))
			.param("message", column(findings, FindingDraft::message))
			.param("values", column(findings, FindingDraft::valuesDigest))
			.query((row, n) -> Map.entry(row.getString(1) + "|" + row.getString(2), row.getLong(3)))
			.list()
			.forEach(id -> ids.put(id.getKey(), id.getValue()));
		jdbc.sql("""
				DELETE FROM review_finding_figure
				WHERE finding_id IN (SELECT finding_id FROM review_finding WHERE batch_id = :batch)""")
			.param("batch", batchId)
			.update();
		List<Object[]> rows = new ArrayList<>();
		for (FindingDraft finding : findings) {
			long id = ids.get(finding.ruleCode() + "|" + finding.scope());
			for (int position = 0; position < finding.figures().size(); position++) {
				FigureRead figure = finding.figures().get(position);
				rows.add(new Object[] { id, position, figure.reference(), figure.batchId(), figure.indicator(),
						figure.scope(), figure.period(), figure.value().toString(), figure.digest() });
			}
		}
		jdbc.sql("""
				INSERT INTO review_finding_figure (finding_id, position, reference, figure_batch_id, indicator, scope,
				                                   period, value, digest)
				SELECT * FROM unnest(:id::bigint[], :position::int[], :reference::text[], :batch::bigint[],
				                     :indicator::text[], :scope::text[], :period::text[], :value::numeric[],
				                     :digest::text[])""")
			.param("id", cells(rows, 0, Long[]::new))
			.param("position", cells(rows, 1, Integer[]::new))
			.param("reference", cells(rows, 2, String[]::new))
			.param("batch", cells(rows, 3, Long[]::new))
			.param("indicator", cells(rows, 4, String[]::new))
			.param("scope", cells(rows, 5, String[]::new))
			.param("period", cells(rows, 6, String[]::new))
			.param("value", cells(rows, 7, String[]::new))
			.param("digest", cells(rows, 8, String[]::new))
			.update();
	}

	private static String[] column(List<FindingDraft> findings, Function<FindingDraft, String> value) {
		return findings.stream().map(value).toArray(String[]::new);
	}

	private static <T> T[] cells(List<Object[]> rows, int index, IntFunction<T[]> array) {
		@SuppressWarnings("unchecked")
		T[] cells = rows.stream().map(row -> (T) row[index]).toArray(array);
		return cells;
	}

}
