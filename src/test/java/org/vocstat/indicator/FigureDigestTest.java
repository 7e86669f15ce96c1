package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vocstat.indicator.IndicatorBatches.A;
import static org.vocstat.indicator.IndicatorBatches.B;
import static org.vocstat.indicator.IndicatorBatches.CITY;
import static org.vocstat.indicator.IndicatorBatches.REGION;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * A figure's digest tells whether its contributing rows are still exactly those it was
 * computed from: a changed line hash, a deleted row, a copied row and a join that fans a
 * row out are all detected, each on a fresh load. And the figures the load stores are
 * those of their definitions, value, lines and digest, in every scope.
 */
@PostgresTest
class FigureDigestTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	Tracer tracer;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeasureQueries queries;

	@Autowired
	FigureStore store;

	@Autowired
	PlatformTransactionManager transactions;

	@TempDir
	Path folder;

	@BeforeEach
	void loadBothYears() {
		Warehouses.truncateAll(jdbc);
		LoadOutcome previous = IndicatorBatches.load2021(loader, folder.resolve("2021"));
		assertThat(previous.exitCode()).as(previous.verdict()).isEqualTo(ExitCode.SUCCESS);
		LoadOutcome current = loader.load(IndicatorBatches.ay2022().writeTo(folder.resolve("2022")), null, null, null);
		assertThat(current.exitCode()).as(current.verdict()).isEqualTo(ExitCode.SUCCESS);
	}

	@Test
	void digestIsUnchangedWhenNothingChanged() {
		assertThat(unchanged("teachers.student_teacher_ratio", CITY)).isTrue();
		assertThat(unchanged("facilities.land_area", CITY)).isTrue();
		assertThat(unchanged("exams.candidates", CITY)).isTrue();
		assertThat(unchanged("teachers.full_time", CITY)).isTrue();
		assertThat(unchanged("facilities.land_area_change", CITY)).isTrue();
	}

	@Test
	void everyFigureOfEveryScopeIsReproducedByItsTrace() {
		// The load measures every scope at once, grouped by the schools' and 隶属区划's
		// numbers; a trace measures one
		// scope on the fact view by its code. A number joined back to another code, or a
		// scope lost, differs here.
		List<String[]> figures = jdbc.sql("SELECT indicator, scope, period FROM figure WHERE batch_id = :batch")
			.param("batch", currentBatch())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
		assertThat(figures.stream().map(f -> f[1].substring(0, f[1].indexOf(':'))).distinct())
			.containsExactlyInAnyOrder("city", "county", "school");
		assertThat(figures.stream()
			.filter(f -> !tracer.trace(f[0], Scope.parse(f[1]), f[2], REGION).unchanged())
			.map(f -> String.join(" ", f))
			.toList()).isEmpty();
	}

	@Test
	void everyFigureOfEveryScopeHasItsDefinitionsValue() {
		// The load measures all scopes at once, counting values without their sort where
		// they occur once; the
		// definition's own SQL, one measure and one scope at a time on the fact view,
		// must give the same numbers.
		long batch = currentBatch();
		List<String> differing = new ArrayList<>();
		for (Figure figure : store.ofBatch(batch)) {
			Indicator indicator = catalog.indicator(figure.indicator()).orElseThrow();
			if (indicator.kind().overPreviousPeriod()) {
				continue;
			}
			Scope scope = Scope.parse(figure.scope());
			BigDecimal numerator = definitionsTotal(indicator.numerator(), batch, scope);
			BigDecimal denominator = indicator.kind() == Indicator.Kind.ratio
					? definitionsTotal(indicator.denominator(), batch, scope) : null;
			if (numerator.compareTo(figure.numerator()) != 0
					|| (denominator != null && denominator.compareTo(figure.denominator()) != 0)) {
				differing.add(figure.indicator() + " " + figure.scope() + ": " + figure.numerator() + "/"
						+ figure.denominator() + " stored, " + numerator + "/" + denominator + " by definition");
			}
		}
		assertThat(differing).isEmpty();
	}

	private BigDecimal definitionsTotal(List<String> measures, long batch, Scope scope) {
		return measures.stream()
			.map(code -> queries.oneScope(catalog.measure(code), batch, scope).value())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@Test
	void everyScopeMeasuredAtOnceIsThatScopeMeasuredAlone() {
		// Here the scopes' numbering and the counts without a sort (graduates, teachers)
		// are exercised, and the
		// enrolment fact's person registered in both systems keeps its count of distinct
		// values; no fact of this
		// batch has rows enough to collapse (PublishedCheckTest compares the sample
		// batch's, where major sites do).
		new ScopesAtOnceAndAlone(queries, jdbc, transactions).assertAgree(catalog.baseMeasuresByFact(), currentBatch(),
				REGION);
	}

	@Test
	void aFactNamingASchoolOutsideTheSchoolMasterIsRefused() {
		// Every fact view names its schools through the school master; one that did not
		// would lose that school's
		// figures, since the measures group by the school master's numbering of its
		// schools.
		String columns = jdbc.sql("""
				SELECT string_agg(CASE attname WHEN 'school_key' THEN '''3633999999''::text AS school_key'
				                  ELSE quote_ident(attname) END, ', ' ORDER BY attnum)
				FROM pg_attribute WHERE attrelid = 'fact_funding'::regclass AND attnum > 0""")
			.query(String.class)
			.single();
		jdbc.sql("CREATE VIEW fact_elsewhere AS SELECT " + columns + " FROM fact_funding").update();
		try {
			long rows = jdbc.sql("SELECT count(*) FROM fact_elsewhere WHERE batch_id = :batch")
				.param("batch", currentBatch())
				.query(Long.class)
				.single();
			assertThat(rows).isPositive();
			Measure funded = new Measure("funding.elsewhere", "fact_elsewhere", "sum", "special_appropriation", "", "");
			TransactionTemplate transaction = new TransactionTemplate(transactions);
			assertThatThrownBy(() -> transaction.executeWithoutResult(
					status -> queries.allScopes("fact_elsewhere", List.of(funded), currentBatch(), REGION)))
				.isInstanceOf(IllegalStateException.class)
				.hasMessage("fact_elsewhere: " + rows + " rows of batch " + currentBatch()
						+ " name a school or 隶属区划 that is not in the batch's school master");
		}
		finally {
			jdbc.sql("DROP VIEW fact_elsewhere").update();
		}
	}

	private long currentBatch() {
		return jdbc.sql("SELECT max(batch_id) FROM batch").query(Long.class).single();
	}

	@Test
	void changedLineHashOfAContributingRowIsDetected() {
		jdbc.sql("UPDATE stg_qrp_teacher SET line_sha256 = sha256('tampered'::bytea) WHERE teacher_no = 'T101'")
			.update();

		assertThat(unchanged("teachers.student_teacher_ratio", CITY)).isFalse();
		assertThat(unchanged("teachers.full_time", "school:" + B)).isFalse();
		// T101 teaches at B: A's figure did not use the row
		assertThat(unchanged("teachers.student_teacher_ratio", "school:" + A)).isTrue();
	}

	@Test
	void deletedContributingRowIsDetected() {
		jdbc.sql("DELETE FROM stg_qrp_conditions WHERE school_code = :school AND academic_year = 2022")
			.param("school", B)
			.update();

		assertThat(unchanged("facilities.land_area", CITY)).isFalse();
		assertThat(unchanged("facilities.land_area_per_student", CITY)).isFalse();
	}

	@Test
	void contributingRowCopiedUnderAnotherLineIsDetected() {
		jdbc.sql(
				"""
						INSERT INTO stg_qrp_exam (batch_id, file_id, line_no, line_sha256, warnings, school_code, year, candidates,
						                          bachelor_admitted, bachelor_integrated, admitted, integrated_transfer,
						                          full_time_higher_ed)
						SELECT batch_id, file_id, line_no + 100, line_sha256, warnings, school_code, year, candidates,
						       bachelor_admitted, bachelor_integrated, admitted, integrated_transfer, full_time_higher_ed
						FROM stg_qrp_exam WHERE school_code = :school AND year = 2023""")
			.param("school", A)
			.update();

		assertThat(unchanged("exams.candidates", CITY)).isFalse();
		assertThat(unchanged("exams.bachelor_rate", CITY)).isFalse();
	}

	@Test
	void joinFanningOutAContributingRowIsDetectedEvenWhenTheCountStaysTheSame() {
		// a second school-master row claiming A's code as its HRSS code: every qrp row of
		// A now appears twice, with
		// the same file, line and line hash
		jdbc.sql(
				"""
						INSERT INTO school_master (batch_id, school_key, school_name, tss_code, county_code, admin_code, ownership,
						                           school_type, technical, status)
						SELECT batch_id, 'J330400999', '重复学校', school_key, county_code, admin_code, ownership, school_type, true, status
						FROM school_master WHERE school_key = :school AND batch_id = (SELECT max(batch_id) FROM batch)""")
			.param("school", A)
			.update();

		Trace trace = tracer.trace("teachers.full_time", Scope.parse(CITY), "AY2022", REGION);
		assertThat(trace.unitsFor("numerator", "teachers.full_time")).isEqualTo(6);
		assertThat(trace.rowsFor("numerator")).isEqualTo(9);
		assertThat(trace.unchanged()).isFalse();
	}

	@Test
	void changedRowOfThePreviousYearIsDetectedByTheChangeFigure() {
		jdbc.sql("UPDATE stg_qrp_conditions SET line_sha256 = sha256('tampered'::bytea) WHERE academic_year = 2021 "
				+ "AND school_code = :school")
			.param("school", A)
			.update();

		assertThat(unchanged("facilities.land_area_change", CITY)).isFalse();
		assertThat(unchanged("facilities.land_area", CITY)).isTrue();
	}

	private boolean unchanged(String indicator, String scope) {
		String period = Periods.label(catalog.indicator(indicator).orElseThrow().periodKind(), 2022);
		return tracer.trace(indicator, Scope.parse(scope), period, REGION).unchanged();
	}

}
