package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocstat.indicator.IndicatorBatches.A;
import static org.vocstat.indicator.IndicatorBatches.B;
import static org.vocstat.indicator.IndicatorBatches.CITY;
import static org.vocstat.indicator.IndicatorBatches.REGION;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * A figure's digest tells whether its contributing rows are still exactly those it was computed from: a changed
 * line hash, a deleted row, a copied row and a join that fans a row out are all detected, each on a fresh load.
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
	void changedLineHashOfAContributingRowIsDetected() {
		jdbc.sql("UPDATE stg_qrp_teacher SET line_sha256 = sha256('tampered'::bytea) WHERE teacher_no = 'T101'").update();

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
		jdbc.sql("""
				INSERT INTO stg_qrp_exam (batch_id, file_id, line_no, line_sha256, warnings, school_code, year, candidates,
				                          bachelor_admitted, bachelor_integrated, admitted, integrated_transfer,
				                          full_time_higher_ed)
				SELECT batch_id, file_id, line_no + 100, line_sha256, warnings, school_code, year, candidates,
				       bachelor_admitted, bachelor_integrated, admitted, integrated_transfer, full_time_higher_ed
				FROM stg_qrp_exam WHERE school_code = :school AND year = 2023""").param("school", A).update();

		assertThat(unchanged("exams.candidates", CITY)).isFalse();
		assertThat(unchanged("exams.bachelor_rate", CITY)).isFalse();
	}

	@Test
	void joinFanningOutAContributingRowIsDetectedEvenWhenTheCountStaysTheSame() {
		// a second school-master row claiming A's code as its HRSS code: every qrp row of A now appears twice, with
		// the same file, line and line hash
		jdbc.sql("""
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
				+ "AND school_code = :school").param("school", A).update();

		assertThat(unchanged("facilities.land_area_change", CITY)).isFalse();
		assertThat(unchanged("facilities.land_area", CITY)).isTrue();
	}

	private boolean unchanged(String indicator, String scope) {
		String period = Periods.label(catalog.indicator(indicator).orElseThrow().periodKind(), 2022);
		return tracer.trace(indicator, Scope.parse(scope), period, REGION).unchanged();
	}

}
