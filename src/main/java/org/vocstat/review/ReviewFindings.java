package org.vocstat.review;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.vocstat.delivery.Reason;
import org.vocstat.delivery.Reason.BadArgumentException;
import org.vocstat.indicator.Periods;
import org.vocstat.trail.AuditTrail;

/**
 * The findings of a region's current batch for a year, and their explanations and
 * acceptances: what {@code vocstat review} lists and records, and what publishing asks
 * ({@link #unresolved}). An explanation is tied to what a finding says (region, year,
 * rule, scope and the values read), so it holds for a later batch whose finding read the
 * same values.
 */
@Component
public class ReviewFindings {

	/** Longest explanation accepted, in characters. */
	public static final int MAX_TEXT = 2000;

	private static final String SELECT = """
			SELECT f.finding_id AS id, f.rule_code AS rule, f.level, f.scope,
			       CASE WHEN f.level = 'error' THEN 'open' WHEN e.accepted_by IS NOT NULL THEN 'accepted'
			            WHEN e.text IS NOT NULL THEN 'explained' ELSE 'open' END AS status,
			       f.message,
			       (SELECT string_agg(g.reference || '=' || g.value || '@' || g.period, '; ' ORDER BY g.position)
			        FROM review_finding_figure g WHERE g.finding_id = f.finding_id) AS figures,
			       e.text AS explanation, e.explained_by, e.explained_at::timestamp AS explained_at,
			       e.accepted_by, e.accepted_at::timestamp AS accepted_at, f.batch_id AS batch
			FROM review_finding f
			LEFT JOIN review_explanation e
			       ON (e.region, e.academic_year, e.rule_code, e.scope, e.values_digest)
			        = (f.region, f.academic_year, f.rule_code, f.scope, f.values_digest)
			""";

	private final JdbcClient jdbc;

	private final Periods periods;

	/** Where each explanation and acceptance is recorded, with its author. */
	private final AuditTrail trail;

	ReviewFindings(JdbcClient jdbc, Periods periods, AuditTrail trail) {
		this.jdbc = jdbc;
		this.periods = periods;
		this.trail = trail;
	}

	/**
	 * The findings of the region's current batch of the academic year {@code period}
	 * belongs to ({@code AY2022} or {@code CY2023}: 2022), errors first; {@code level}
	 * and {@code scope} (a level, {@code school}, or one scope,
	 * {@code school:3633000312}) null for all.
	 */
	public List<Finding> findings(String region, String period, FindingLevel level, String scope) {
		long batch = currentBatch(region, Periods.academicYearOf(period));
		return jdbc.sql(SELECT + """
				WHERE f.batch_id = :batch AND (:level::text IS NULL OR f.level = :level)
				  AND (:scope::text IS NULL OR f.scope = :scope OR f.scope LIKE :scope || ':%')
				ORDER BY f.level, f.rule_code, f.scope""")
			.param("batch", batch)
			.param("level", level == null ? null : level.name())
			.param("scope", scope)
			.query(Finding.class)
			.list();
	}

	/**
	 * The open errors and the queries neither explained nor accepted of the region's
	 * current batch of {@code academicYear} ({@code 2022}, or a period: {@code AY2022});
	 * none when nothing is loaded for it.
	 */
	public List<UnresolvedFinding> unresolved(String regionCode, String academicYear) {
		int year = academicYear.matches("\\d{4}") ? Integer.parseInt(academicYear)
				: Periods.academicYearOf(academicYear);
		return periods.currentBatch(regionCode, year)
			.map(batch -> jdbc.sql(SELECT + " WHERE f.batch_id = :batch ORDER BY f.level, f.rule_code, f.scope")
				.param("batch", batch)
				.query(Finding.class)
				.list()
				.stream()
				.filter(Finding::unresolved)
				.map(f -> new UnresolvedFinding(f.id(), f.rule(), f.level(), f.scope(), f.message()))
				.toList())
			.orElse(List.of());
	}

	/** The finding {@code id}, of any batch. */
	public Optional<Finding> finding(long id) {
		return jdbc.sql(SELECT + " WHERE f.finding_id = :id").param("id", id).query(Finding.class).optional();
	}

	/**
	 * Records {@code text} as the explanation of query {@code id} by {@code by},
	 * replacing an earlier one; refused (nothing changed) for an unknown id, an error, or
	 * a text that is empty or longer than {@link #MAX_TEXT} characters.
	 */
	@Transactional
	public Finding explain(long id, String text, String by) {
		if (text == null || text.isBlank()) {
			throw new BadArgumentException("review.empty-text");
		}
		if (text.codePointCount(0, text.length()) > MAX_TEXT) {
			throw new BadArgumentException("review.long-text", Integer.toString(text.codePointCount(0, text.length())),
					Integer.toString(MAX_TEXT));
		}
		Finding finding = query(id, by, "explained");
		jdbc.sql(upsert(":text, :by, now(), NULL, NULL",
				"text = excluded.text, explained_by = excluded.explained_by, explained_at = excluded.explained_at"))
			.param("id", id)
			.param("text", text.strip())
			.param("by", by.strip())
			.update();
		trail.append("explain", by.strip(), List.of("finding:" + id, "batch:" + finding.batch()), text.strip());
		return finding(finding.id()).orElseThrow();
	}

	/**
	 * Records that {@code by} accepts query {@code id} as explained; refused (nothing
	 * changed) for an unknown id or an error.
	 */
	@Transactional
	public Finding accept(long id, String by) {
		Finding finding = query(id, by, "accepted");
		jdbc.sql(upsert("NULL, NULL, NULL, :by, now()",
				"accepted_by = excluded.accepted_by, accepted_at = excluded.accepted_at"))
			.param("id", id)
			.param("by", by.strip())
			.update();
		trail.append("accept", by.strip(), List.of("finding:" + id, "batch:" + finding.batch()), "");
		return finding(finding.id()).orElseThrow();
	}

	private Finding query(long id, String by, String what) {
		if (by == null || by.isBlank()) {
			throw new BadArgumentException("review.no-by");
		}
		Finding finding = finding(id)
			.orElseThrow(() -> new BadArgumentException("review.no-finding", Long.toString(id)));
		if (finding.level().equals(FindingLevel.error.name())) {
			throw new ReviewRefusedException("review.error-refused", Long.toString(id), finding.rule(), finding.scope(),
					Reason.of("review.verb." + what));
		}
		return finding;
	}

	/**
	 * Inserts or updates the explanation row of finding {@code :id}'s key, setting
	 * {@code assignments} (over {@code excluded}, the row that would have been inserted).
	 */
	private static String upsert(String values, String assignments) {
		return """
				INSERT INTO review_explanation (region, academic_year, rule_code, scope, values_digest, first_finding,
				                                text, explained_by, explained_at, accepted_by, accepted_at)
				SELECT region, academic_year, rule_code, scope, values_digest, finding_id,""" + " " + values + """

				FROM review_finding WHERE finding_id = :id
				ON CONFLICT (region, academic_year, rule_code, scope, values_digest) DO UPDATE SET""" + " "
				+ assignments;
	}

	private long currentBatch(String region, int academicYear) {
		return periods.currentBatch(region, academicYear)
			.orElseThrow(() -> new IllegalArgumentException(
					"no loaded batch of " + region + " for academic year " + academicYear));
	}

}
