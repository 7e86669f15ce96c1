package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.VocstatApplication;
import org.vocstat.audit.AuditQueries;
import org.vocstat.indicator.FigureQueries;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.TestPaths;
import org.vocstat.support.Warehouses;

/**
 * A read-only command starts the lighter application ({@link ReadOnlyApplication}): the
 * warehouse's queries with one idle connection, and none of the jobs, Flyway or the web
 * console; and it answers as before.
 */
@PostgresTest
class ReadOnlyApplicationTest {

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	@AfterEach
	void emptyWarehouse() {
		// The fixture's batch would be "already loaded" for the next test that loads it.
		Warehouses.truncateAll(jdbc);
	}

	@Test
	void aReadOnlyCommandReadsTheWarehouseWithoutTheJobsOrFlyway() {
		CliRun load = CliRun.withDatabase("load", new BatchFixture().writeTo(folder).toString());
		assertThat(load.code()).as(load.out() + load.err()).isZero();

		CliRun status = CliRun.withDatabase("status", load.runId(), "--format", "csv");
		assertThat(status.code()).as(status.err()).isZero();
		assertThat(status.out()).contains("ingest.sms.students,sms/students.csv");
		CliRun indicators = CliRun.withDatabase("indicators", "--period", "AY2022", "--format", "csv");
		assertThat(indicators.code()).as(indicators.err()).isZero();
		assertThat(indicators.out()).contains("enrolment.in_school,city:330400,AY2022,");

		VocstatCommand root = new VocstatCommand(VocstatApplication.class, springArgsWithTheirOwnPool());
		root.readOnly(true);
		try (Warehouse warehouse = Warehouse.open(root)) {
			assertThat(warehouse.get(AuditQueries.class)).isNotNull();
			assertThat(warehouse.get(FigureQueries.class)).isNotNull();
			for (Class<?> unused : List.of(JobRepository.class, JobOperator.class, Flyway.class)) {
				assertThatThrownBy(() -> warehouse.get(unused)).as(unused.getSimpleName())
					.isInstanceOf(NoSuchBeanDefinitionException.class);
			}
			assertThat(((HikariDataSource) warehouse.get(DataSource.class)).getMinimumIdle()).isOne();
		}
	}

	/**
	 * The test database's arguments without the tests' own idle-pool setting, so that the
	 * pool is as a command would have it.
	 */
	private static List<String> springArgsWithTheirOwnPool() {
		return Arrays.stream(TestPaths.springArgs())
			.filter(arg -> !arg.startsWith("--spring.datasource.hikari."))
			.toList();
	}

}
