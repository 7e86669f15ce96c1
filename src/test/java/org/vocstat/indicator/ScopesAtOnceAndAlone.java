package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every scope of a batch measured at once, as the indicators step measures them
 * ({@link MeasureQueries#allScopes}: numbered scopes, rows perhaps collapsed, counts
 * perhaps without a sort), against each scope measured alone by the definition's own SQL
 * on the fact view ({@link MeasureQueries#oneScope}): every scope a measure's rows fall
 * into, and no other, must come out with the same value, lines and fingerprint.
 */
final class ScopesAtOnceAndAlone {

	private final MeasureQueries queries;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	ScopesAtOnceAndAlone(MeasureQueries queries, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.queries = queries;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	void assertAgree(Map<String, List<Measure>> byFact, long batch, String region) {
		byFact.forEach((fact, measures) -> {
			Map<String, Map<Scope, MeasureValue>> atOnce = transaction
				.execute(status -> queries.allScopes(fact, measures, batch, region));
			for (Measure measure : measures) {
				Map<Scope, String> measured = new HashMap<>();
				atOnce.get(measure.code()).forEach((scope, value) -> measured.put(scope, shown(value)));
				assertThat(measured).as(measure.code()).isEqualTo(alone(measure, batch, region));
			}
		});
	}

	private Map<Scope, String> alone(Measure measure, long batch, String region) {
		List<Scope> scopes = new ArrayList<>(List.of(Scope.ofRegion(region)));
		for (ScopeLevel level : MeasureQueries.levelsBelow(region)) {
			codes(level.unitSql(), measure, batch).forEach(code -> scopes.add(new Scope(level, code)));
		}
		Map<Scope, String> alone = new HashMap<>();
		for (Scope scope : scopes) {
			MeasureValue value = queries.oneScope(measure, batch, scope);
			// A trace's digest check reads the fingerprint alone.
			assertThat(queries.rowsFingerprint(measure, batch, scope)).as(measure.code() + " " + scope)
				.isEqualTo(value.fingerprint());
			if (value.rows() > 0) {
				alone.put(scope, shown(value));
			}
		}
		return alone;
	}

	/** The units at one level (the SQL of its code) among a measure's rows. */
	private List<String> codes(String unit, Measure measure, long batch) {
		return jdbc
			.sql("SELECT DISTINCT (" + unit + ")::text FROM " + measure.fact() + " WHERE batch_id = :batch AND (" + unit
					+ ") IS NOT NULL AND " + measure.filterSql())
			.param("batch", batch)
			.query(String.class)
			.list();
	}

	private static String shown(MeasureValue value) {
		return value.value().toPlainString() + " " + value.fingerprint();
	}

}
