package org.vocstat.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.vocstat.indicator.Figure;
import org.vocstat.indicator.IndicatorCatalog;

/**
 * Every shipped review rule, firing on figures made to trip it and silent on the same
 * figures without the defect: a school (or a county) whose figures are plausible trips
 * nothing; one figure changed trips that rule alone.
 */
class ShippedRulesTest {

	static final ReviewRuleCatalog RULES = ReviewRuleCatalog.load(null, IndicatorCatalog.load(null));

	static final String SCHOOL = "school:3633000312";

	static final String COUNTY = "county:330421";

	/** A plausible school (or county) of AY2022: nothing here is suspicious. */
	static Map<String, Double> plausible() {
		Map<String, Double> values = new LinkedHashMap<>();
		values.put("enrolment.in_school", 3000.0);
		values.put("enrolment.new", 1000.0);
		values.put("graduates.count", 900.0);
		values.put("teachers.full_time", 200.0);
		values.put("teachers.student_teacher_ratio", 15.0);
		values.put("graduates.employed_primary", 10.0);
		values.put("graduates.employed_secondary", 60.0);
		values.put("graduates.employed_tertiary", 130.0);
		values.put("graduates.employed", 200.0);
		values.put("graduates.further_study", 650.0);
		values.put("graduates.placed", 890.0);
		values.put("graduates.placement_rate", 98.89);
		values.put("teachers.dual_qualified", 90.0);
		values.put("teachers.specialty", 100.0);
		values.put("teachers.dual_qualified_share_of_specialty", 90.0);
		values.put("exams.candidates", 300.0);
		values.put("exams.bachelor_admitted", 40.0);
		values.put("exams.bachelor_admitted_integrated", 6.0);
		values.put("exams.admitted", 280.0);
		values.put("exams.integrated_transfer", 200.0);
		values.put("exams.full_time_higher_ed", 600.0);
		values.put("facilities.equipment_value_per_student", 20000.0);
		values.put("facilities.equipment_value_per_student_growth", 5.26);
		values.put("facilities.land_area_per_student", 40.0);
		values.put("facilities.building_area_per_student", 25.0);
		values.put("training.participants", 500.0);
		return values;
	}

	/** The same unit a year earlier. */
	static Map<String, Double> previousYear() {
		Map<String, Double> values = plausible();
		values.put("enrolment.in_school", 2900.0);
		values.put("graduates.placement_rate", 99.0);
		values.put("facilities.equipment_value_per_student", 19000.0);
		return values;
	}

	static Stream<Arguments> defects() {
		return Stream.of(defect("enrolment.in_school_swing", SCHOOL, v -> v.put("enrolment.in_school", 4000.0)),
				defect("enrolment.in_school_swing", SCHOOL, v -> v.put("enrolment.in_school", 2000.0)),
				defect("enrolment.in_school_swing_unit", COUNTY, v -> v.put("enrolment.in_school", 3600.0)),
				defect("enrolment.new_exceeds_in_school", SCHOOL, v -> v.put("enrolment.new", 3001.0)),
				defect("graduates.exceed_previous_in_school", SCHOOL, v -> v.put("graduates.count", 2901.0)),
				defect("teachers.none_with_students", SCHOOL, v -> {
					v.put("teachers.full_time", 0.0);
					v.remove("teachers.student_teacher_ratio");
				}),
				defect("teachers.student_teacher_ratio_high", SCHOOL,
						v -> v.put("teachers.student_teacher_ratio", 20.01)),
				defect("graduates.employed_by_industry", SCHOOL, v -> v.put("graduates.employed_tertiary", 131.0)),
				defect("graduates.employed_by_industry", COUNTY, v -> v.put("graduates.employed_primary", 9.0)),
				defect("graduates.destinations_exceed_placed", SCHOOL, v -> v.put("graduates.further_study", 691.0)),
				defect("teachers.dual_qualified_over_specialty", SCHOOL,
						v -> v.put("teachers.dual_qualified_share_of_specialty", 100.5)),
				defect("exams.admitted_exceeds_candidates", SCHOOL, v -> v.put("exams.admitted", 301.0)),
				defect("exams.admitted_exceeds_candidates", COUNTY, v -> v.put("exams.candidates", 279.0)),
				defect("exams.transfer_exceeds_higher_ed", SCHOOL, v -> v.put("exams.integrated_transfer", 601.0)),
				defect("facilities.equipment_per_student_swing", SCHOOL,
						v -> v.put("facilities.equipment_value_per_student_growth", -30.5)),
				defect("facilities.land_per_student_low", SCHOOL, v -> v.put("facilities.land_area_per_student", 32.9)),
				defect("facilities.building_per_student_low", SCHOOL,
						v -> v.put("facilities.building_area_per_student", 19.99)),
				defect("training.none_reported", SCHOOL, v -> v.put("training.participants", 0.0)),
				defect("graduates.placement_rate_drop", SCHOOL, v -> v.put("graduates.placement_rate", 93.9)));
	}

	static Arguments defect(String rule, String scope, Consumer<Map<String, Double>> change) {
		return Arguments.of(rule, scope, change);
	}

	@Test
	void plausibleFiguresTripNoRuleAtAnyLevel() {
		assertThat(findings(Map.of(SCHOOL, plausible(), COUNTY, plausible()))).isEmpty();
	}

	@Test
	void everyShippedRuleHasACase() {
		assertThat(RULES.codes()).hasSizeGreaterThanOrEqualTo(12);
		assertThat(defects().map(a -> (String) a.get()[0]).distinct().toList())
			.containsExactlyInAnyOrderElementsOf(RULES.codes());
	}

	@ParameterizedTest(name = "{0} at {1}")
	@MethodSource("defects")
	void aDefectTripsItsRuleAlone(String rule, String scope, Consumer<Map<String, Double>> change) {
		Map<String, Double> values = plausible();
		change.accept(values);
		List<FindingDraft> findings = findings(Map.of(scope, values));
		assertThat(findings).extracting(FindingDraft::ruleCode).containsExactly(rule);
		assertThat(findings.get(0).scope()).isEqualTo(scope);
		assertThat(findings.get(0).level()).isEqualTo(RULES.rule(rule).orElseThrow().level());
		assertThat(findings.get(0).figures()).isNotEmpty()
			.allSatisfy(figure -> assertThat(figure.digest()).hasSize(64));
	}

	@Test
	void theMessageFillsInTheValuesRead() {
		Map<String, Double> values = plausible();
		values.put("enrolment.in_school", 4000.0);
		FindingDraft finding = findings(Map.of(SCHOOL, values)).get(0);
		assertThat(finding.message())
			.isEqualTo("测试学校（school:3633000312）在校生数由上学年 2900 人变为 4000 人，变动 37.93%，增幅大起大落须附加说明");
		assertThat(finding.figures()).extracting(FigureRead::reference, FigureRead::batchId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("enrolment.in_school", 2L),
					org.assertj.core.groups.Tuple.tuple("prev(enrolment.in_school)", 1L));
	}

	@Test
	void theValuesDigestFollowsTheValuesNotTheBatch() {
		Map<String, Double> values = plausible();
		values.put("enrolment.new", 3500.0);
		FindingDraft first = findings(Map.of(SCHOOL, values)).get(0);
		FindingDraft again = new RuleEvaluation(figures(7, Map.of(SCHOOL, values)), List.of())
			.findings(RULES.rules(), scope -> "测试学校")
			.get(0);
		assertThat(again.valuesDigest()).isEqualTo(first.valuesDigest());
		values.put("enrolment.new", 3600.0);
		assertThat(findings(Map.of(SCHOOL, values)).get(0).valuesDigest()).isNotEqualTo(first.valuesDigest());
	}

	static List<FindingDraft> findings(Map<String, Map<String, Double>> byScope) {
		Map<String, Map<String, Double>> before = new LinkedHashMap<>();
		byScope.keySet().forEach(scope -> before.put(scope, previousYear()));
		return new RuleEvaluation(figures(2, byScope), figures(1, before)).findings(RULES.rules(), scope -> "测试学校");
	}

	static List<Figure> figures(long batch, Map<String, Map<String, Double>> byScope) {
		List<Figure> figures = new ArrayList<>();
		byScope.forEach((scope, values) -> values.forEach((indicator, value) -> {
			BigDecimal number = BigDecimal.valueOf(value);
			figures.add(new Figure(batch, indicator, scope, "AY" + (2020 + batch), number, number, number, null, null,
					1, "%064d".formatted(batch)));
		}));
		return figures;
	}

}
