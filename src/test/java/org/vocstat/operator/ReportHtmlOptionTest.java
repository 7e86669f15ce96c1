package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code report --format html} writes one file, so it needs {@code --out}: said in one
 * line, before anything starts.
 */
class ReportHtmlOptionTest {

	@Test
	void htmlWithoutOutIsAUsageError() {
		CliRun run = CliRun.of("report", "--period", "AY2022", "--format", "html");
		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err().strip()).isEqualTo("vocstat: --format html writes one file: give --out FILE");
	}

}
