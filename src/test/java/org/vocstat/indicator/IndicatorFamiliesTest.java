package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocstat.indicator.IndicatorBatches.A;
import static org.vocstat.indicator.IndicatorBatches.B;
import static org.vocstat.indicator.IndicatorBatches.C;
import static org.vocstat.indicator.IndicatorBatches.CITY;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * At least one figure of every indicator family, at city, county and school scope and
 * against the previous academic year, computed by the load job from the hand-built
 * batches of {@link IndicatorBatches}, whose answers are worked out by hand below.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorFamiliesTest {

	private static final String COUNTY_CITY_RUN = "county:330400";

	private static final String JIASHAN = "county:330421";

	@Autowired
	BatchLoader loader;

	@Autowired
	FigureStore store;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	private long ay2021;

	private long ay2022;

	private final Map<String, Figure> figures = new HashMap<>();

	@BeforeAll
	void loadPreviousThenCurrentYear(@TempDir Path folder) {
		Warehouses.truncateAll(jdbc);
		LoadOutcome previous = IndicatorBatches.load2021(loader, folder.resolve("2021"));
		assertThat(previous.exitCode()).as(previous.verdict()).isEqualTo(ExitCode.SUCCESS);
		LoadOutcome current = loader.load(IndicatorBatches.ay2022().writeTo(folder.resolve("2022")), null, null, null);
		assertThat(current.exitCode()).as(current.verdict()).isEqualTo(ExitCode.SUCCESS);
		ay2021 = previous.batchId();
		ay2022 = current.batchId();
		assertThat(jdbc.sql("SELECT count(*) FROM quarantine").query(Long.class).single()).as("quarantined rows")
			.isZero();
		store.ofBatch(ay2022).forEach(f -> figures.put(f.indicator() + " " + f.scope(), f));
	}

	@Test
	void computesEveryIndicatorOfTheCatalogueForTheCity() {
		Set<String> city = figures.values()
			.stream()
			.filter(f -> f.scope().equals(CITY))
			.map(Figure::indicator)
			.collect(Collectors.toSet());

		assertThat(city)
			.containsExactlyInAnyOrderElementsOf(catalog.indicators().stream().map(Indicator::code).toList());
	}

	@Test
	void schoolsCountsOperatingSchoolsOfTheUnifiedMasterWithTheirDesignations() {
		// A, B (sms ⋈ tss on 学校标识码: one school) and C; D stopped enrolling.
		assertValue("schools.count", CITY, "3");
		assertValue("schools.count", COUNTY_CITY_RUN, "1");
		assertValue("schools.count", JIASHAN, "2");
		assertValue("schools.technical", CITY, "2");
		assertValue("schools.private", CITY, "1");
		// D's 国家改革发展示范学校 does not count: D is not in operation.
		assertValue("schools.national_reform_demonstration", CITY, "1");
		assertValue("schools.provincial_famous", CITY, "1");
		assertValue("schools.provincial_high_level", CITY, "1");
		assertValue("schools.provincial_first_class_technician_candidates", JIASHAN, "1");
		assertValue("schools.provincial_reform_demonstration", CITY, "0");
	}

	@Test
	void schoolsAreNotCountedAtSchoolScope() {
		assertThat(figures).doesNotContainKey("schools.count school:" + A);
	}

	@Test
	void enrolmentCountsEachPersonOnceAcrossBothRegistriesAtEveryScope() {
		// S1, S2, S4, S5 (休学) at A; DUAL (sms and tss) and S7 at B; T2 at C.
		assertValue("enrolment.in_school", CITY, "7");
		assertValue("enrolment.in_school", COUNTY_CITY_RUN, "4");
		assertValue("enrolment.in_school", JIASHAN, "3");
		assertValue("enrolment.in_school", "school:" + A, "4");
		assertValue("enrolment.in_school", "school:" + B, "2");
		assertValue("enrolment.in_school", "school:" + C, "1");
		// S1, S4, DUAL, T2, and T4 who entered after the statistics date.
		assertValue("enrolment.new", CITY, "5");
		assertValue("enrolment.new", JIASHAN, "3");
		assertValue("enrolment.general_hs_new", CITY, "4");
		assertRatio("enrolment.vocational_share", CITY, "55.56", "5", "9");
		assertThat(figures).doesNotContainKey("enrolment.vocational_share " + JIASHAN);
	}

	@Test
	void majorsCountSitesOfInSchoolStudentsOfNonTechnicalSchools() {
		// A/660102 (S1 and S5), A/660103, A/610101; B is a technical school, S3 has
		// graduated.
		assertValue("majors.sites", CITY, "3");
		assertValue("majors.sites", "school:" + A, "3");
		assertValue("majors.sites", "school:" + B, "0");
		assertValue("majors.count", CITY, "3");
		assertValue("majors.classes", CITY, "2");
		assertValue("majors.categories", CITY, "2");
		assertValue("majors.sites_primary", CITY, "1");
		assertValue("majors.sites_secondary", CITY, "2");
		assertValue("majors.sites_tertiary", CITY, "0");
		assertRatio("majors.sites_primary_share", CITY, "33.3", "1", "3");
		assertRatio("majors.sites_secondary_share", CITY, "66.7", "2", "3");
		assertRatio("majors.sites_tertiary_share", CITY, "0.0", "0", "3");
	}

	@Test
	void facilitiesSumBothTenuresAndDivideByStudentsInSchool() {
		// land 105000 + 50000 ㎡, building 60000 + 31500 ㎡, equipment 5000.50 + 1200.25
		// 万元, books 120000 + 30001.
		assertRatio("facilities.land_area", CITY, "15.50", "155000", null);
		assertRatio("facilities.land_area_per_student", CITY, "22142.86", "155000", "7");
		assertRatio("facilities.land_area_per_student", JIASHAN, "16666.67", "50000", "3");
		assertValue("facilities.building_area", CITY, "9.15");
		assertValue("facilities.building_area_per_student", CITY, "13071.43");
		assertValue("facilities.equipment_value", CITY, "6200.75");
		assertRatio("facilities.equipment_value_per_student", CITY, "8858214.29", "6200.75", "7");
		assertValue("facilities.books", CITY, "150001");
		assertValue("facilities.books_per_student", CITY, "21428.71");
	}

	@Test
	void facilitiesChangeAndGrowAgainstThePreviousYearFromUnroundedValues() {
		// AY2021: land 140000 ㎡, building 85000 ㎡, equipment 3000 万元, books 120000, 5 in
		// school.
		assertChange("facilities.land_area_change", CITY, "1.50");
		assertChange("facilities.land_area_change", JIASHAN, "1.00");
		assertChange("facilities.land_area_change", "school:" + A, "0.50");
		assertChange("facilities.building_area_change", CITY, "0.65");
		assertChange("facilities.land_area_per_student_change", CITY, "-5857.14");
		assertChange("facilities.building_area_per_student_change", CITY, "-3928.57");
		assertChange("facilities.books_per_student_change", CITY, "-2571.29");
		// (8858214.2857… / 6000000 − 1) × 100
		assertChange("facilities.equipment_value_per_student_growth", CITY, "47.64");
	}

	@Test
	void enrolmentShareChangesInPercentagePoints() {
		// 5 / 9 against 4 / 10: 55.5556 − 40
		assertChange("enrolment.vocational_share_change", CITY, "15.56");
	}

	@Test
	void teachersCountFullTimeTeachersAndTheirShares() {
		// 专任教师 T001, T002, T003 (A), T101 (B), T201, T202 (C); T004 is 兼职, T005–T007
		// 行业导师.
		assertValue("teachers.full_time", CITY, "6");
		assertValue("teachers.full_time", "school:" + A, "3");
		assertRatio("teachers.student_teacher_ratio", CITY, "1.17", "7", "6");
		assertRatio("teachers.student_teacher_ratio", "school:" + A, "1.33", "4", "3");
		assertRatio("teachers.bachelor_or_above_share", CITY, "66.67", "4", "6");
		assertRatio("teachers.senior_title_share", CITY, "33.33", "2", "6");
		assertRatio("teachers.specialty_share", CITY, "66.67", "4", "6");
		assertRatio("teachers.dual_qualified_share", CITY, "50.00", "3", "6");
		assertRatio("teachers.dual_qualified_share_of_specialty", CITY, "75.00", "3", "4");
		assertValue("teachers.industry_mentors", CITY, "3");
		assertValue("teachers.master_craftsmen", CITY, "2");
	}

	@Test
	void satisfactionIsTheRatioOfSumsPerRespondent() {
		assertRatio("satisfaction.graduates", CITY, "96.67", "145", "150");
		assertRatio("satisfaction.fresh_graduates", CITY, "98.33", "59", "60");
		assertRatio("satisfaction.staff", CITY, "100.00", "80", "80");
		assertRatio("satisfaction.employers", CITY, "97.50", "39", "40");
		assertRatio("satisfaction.parents", CITY, "96.33", "289", "300");
		assertRatio("satisfaction.graduates", "school:" + B, "96.00", "48", "50");
	}

	@Test
	void graduatesCountEachPersonOnceWithTheirDestination() {
		// G1 就业 二产, G2 自主创业 三产, G3 升学, G4 未落实 (A); GD in both registries (sms: 就业 一产); GT
		// 参军, GT2 待就业.
		assertValue("graduates.count", CITY, "7");
		assertValue("graduates.count", JIASHAN, "3");
		assertValue("graduates.placed", CITY, "5");
		assertRatio("graduates.placement_rate", CITY, "71.43", "5", "7");
		assertRatio("graduates.placement_rate", "school:" + A, "75.00", "3", "4");
		assertValue("graduates.further_study", CITY, "1");
		assertValue("graduates.employed", CITY, "3");
		assertValue("graduates.employed_primary", CITY, "1");
		assertValue("graduates.employed_secondary", CITY, "1");
		assertValue("graduates.employed_tertiary", CITY, "1");
		assertRatio("graduates.entrepreneurship_rate", CITY, "14.29", "1", "7");
		assertRatio("graduates.promotion_rate_3y", CITY, "27.67", "83", "300");
	}

	@Test
	void examsSumTheCalendarYearAndChangeAgainstThePreviousOne() {
		assertValue("exams.candidates", CITY, "160");
		assertValue("exams.bachelor_admitted", CITY, "27");
		assertValue("exams.bachelor_admitted_integrated", CITY, "5");
		assertValue("exams.admitted", CITY, "145");
		assertValue("exams.integrated_transfer", CITY, "70");
		assertValue("exams.full_time_higher_ed", CITY, "190");
		// 16.875 rounds HALF_UP
		assertRatio("exams.bachelor_rate", CITY, "16.88", "27", "160");
		assertChange("exams.admitted_change", CITY, "35");
		assertChange("exams.bachelor_admitted_change", CITY, "7");
		assertThat(figures.get("exams.candidates " + CITY).period()).isEqualTo("CY2023");
	}

	@Test
	void trainingCountsCoursesOfAtLeast32Hours() {
		// 120 (40 h) + 30 (32 h) + 26 (48 h); the 16 h and 31.5 h courses do not count.
		assertValue("training.participants", CITY, "176");
		assertValue("training.enterprise_workers", CITY, "120");
		assertValue("training.veterans", CITY, "0");
		assertValue("training.farmers", CITY, "26");
		assertValue("training.others", CITY, "30");
		assertValue("training.domestic_service", CITY, "30");
		assertValue("training.elderly_care", CITY, "26");
		assertRatio("training.per_student", CITY, "25.14", "176", "7");
		assertRatio("training.task_completion", CITY, "117.33", "176", "150");
	}

	@Test
	void awardsCountStudentSkillPrizesByLevel() {
		// The 教师教学能力类 prize and the 市级 prize do not count.
		assertValue("awards.provincial_first", CITY, "2");
		assertValue("awards.provincial_second", CITY, "1");
		assertValue("awards.provincial_third", CITY, "0");
		assertValue("awards.national_first", CITY, "1");
		assertValue("awards.national_second", CITY, "0");
		assertValue("awards.national_third", CITY, "1");
		assertValue("awards.national_third", "school:" + B, "1");
		assertThat(figures.get("awards.provincial_first " + CITY).period()).isEqualTo("CY2023");
	}

	@Test
	void fundingSumsAndDividesByStudentsInSchool() {
		assertValue("funding.special_appropriation", CITY, "1334.56");
		assertRatio("funding.per_student", CITY, "1906514.29", "1334.56", "7");
	}

	@Test
	void previousYearBatchCarriesItsOwnFigures() {
		assertThat(store.find(ay2021, "enrolment.in_school", CITY, "AY2021")).get()
			.extracting(Figure::value)
			.satisfies(v -> assertThat(v).isEqualByComparingTo("5"));
		assertThat(store.find(ay2021, "enrolment.vocational_share", CITY, "AY2021")).get()
			.extracting(Figure::value)
			.satisfies(v -> assertThat(v).isEqualByComparingTo("40.00"));
	}

	private Figure figure(String indicator, String scope) {
		assertThat(figures).as("figures of the AY2022 batch").containsKey(indicator + " " + scope);
		return figures.get(indicator + " " + scope);
	}

	private void assertValue(String indicator, String scope, String value) {
		Figure figure = figure(indicator, scope);
		assertThat(figure.value()).as(indicator + " " + scope).isEqualByComparingTo(value);
		assertThat(figure.value().scale()).as(indicator + " precision")
			.isEqualTo(catalog.indicator(indicator).orElseThrow().precision());
	}

	private void assertRatio(String indicator, String scope, String value, String numerator, String denominator) {
		assertValue(indicator, scope, value);
		Figure figure = figure(indicator, scope);
		assertThat(figure.numerator()).as(indicator + " numerator").isEqualByComparingTo(numerator);
		if (denominator == null) {
			assertThat(figure.denominator()).as(indicator + " denominator").isNull();
		}
		else {
			assertThat(figure.denominator()).as(indicator + " denominator").isEqualByComparingTo(denominator);
		}
	}

	private void assertChange(String indicator, String scope, String value) {
		assertValue(indicator, scope, value);
		assertThat(figure(indicator, scope).previousBatchId()).as(indicator + " previous batch").isEqualTo(ay2021);
	}

}
